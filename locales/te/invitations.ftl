# Accounts by invitation: activation codes, /activate, her own password (issue 11).
