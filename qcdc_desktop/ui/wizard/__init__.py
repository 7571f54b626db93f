"""The draft editor: a wizard window whose pages load from and store into one Draft."""

from qcdc_desktop.ui.wizard.none_guard import protect_none

protect_none()
