"""The reports the tools/check-*.py scripts read: every markdown file under a folder."""

import os


def markdown_reports(root):
    """Every *.md under `root`, in sorted path order."""
    return sorted(os.path.join(folder, name) for folder, _, names in os.walk(root)
                  for name in names if name.endswith(".md"))
