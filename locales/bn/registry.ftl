# issue 11: registry (keys prefixed as the slice says)
