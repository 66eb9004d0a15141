"""Letters made with ReportLab: layout, letter kinds and templates; no Qt, no database."""
