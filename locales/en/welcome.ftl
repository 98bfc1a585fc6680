# The login page, its help and the remembered language (issue 10).
