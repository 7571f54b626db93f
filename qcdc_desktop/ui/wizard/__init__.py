"""The draft editor: a wizard window whose pages load from and store into one Draft."""
