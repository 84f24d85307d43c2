"""One builder per document kind: plain data (desktop.reports.model) -> BuiltReport."""
