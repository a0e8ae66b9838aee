"""Build glue that pyproject.toml cannot express: the repository's top-level data folders in the package.

The repository keeps ``resources/`` and ``ui/`` at the top (DESIGN.md §3); an installed program finds
them inside its package. So the wheel maps ``resources/`` to ``zwdesktop/resources`` and ``ui/`` to
``zwdesktop/ui`` (a package-dir mapping, which an editable install also understands), and copies the
licence to ``zwdesktop/LICENSE`` for the About dialog. ``zwdesktop.paths.shipped()`` looks inside the
package first and beside it second (a checkout). The packages are still found automatically, so a new
subpackage needs no entry here. Everything else (metadata, dependencies) is in pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

# Repository-top files that the installed package carries beside its modules.
TOP_LEVEL_FILES = ("LICENSE",)


class BuildPyWithTopLevelFiles(build_py):
    """``build_py`` that also copies :data:`TOP_LEVEL_FILES` into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads them from the checkout
            return
        for name in TOP_LEVEL_FILES:
            self.copy_file(name, str(Path(self.build_lib) / "zwdesktop" / name))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            outputs += [str(Path(self.build_lib) / "zwdesktop" / name) for name in TOP_LEVEL_FILES]
        return outputs


# Repository folder -> its name inside the package.
DATA_FOLDERS = {"resources": "zwdesktop.resources", "ui": "zwdesktop.ui"}
# Each data folder and each of its subfolders is a package of data files (setuptools treats every
# folder as a package and warns about one that is not listed).
data_packages = [
    f"{name}.{sub}" if sub else name
    for folder, name in DATA_FOLDERS.items()
    for sub in ["", *find_namespace_packages(where=folder)]
]

setup(
    packages=[*find_packages(include=["zwdesktop", "zwdesktop.*"]), *data_packages],
    package_dir={name: folder for folder, name in DATA_FOLDERS.items()},
    package_data={name: ["*"] for name in data_packages},
    cmdclass={"build_py": BuildPyWithTopLevelFiles},
)
