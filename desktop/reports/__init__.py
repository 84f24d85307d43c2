"""ReportLab: pure builders (data -> flowables), styles and fonts, and one render step."""
