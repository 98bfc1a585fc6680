# issue 11: registration (keys prefixed as the slice says)
