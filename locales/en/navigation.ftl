# Links from every home, search and paging, printable case summary (issue 10).
