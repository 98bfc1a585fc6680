# First start, the coordinator, collectives and partners from pages (issue 11).
