# issue 11: offices (keys prefixed as the slice says)
