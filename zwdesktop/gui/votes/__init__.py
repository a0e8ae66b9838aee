"""The Dot votes section: rounds, rules, tallies and ballots, results, ties, carrying forward, the Blitzlicht."""
