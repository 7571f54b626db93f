"""What the editor does to a draft, without Qt: the wizard's steps and their states, outline
edits (add, move, promote a part), a part's text as blocks, figure groups placed in parts."""
