"""WordprocessingML names the .docx reader compares element tags with."""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Tag names built once: a report has thousands of elements to compare.
MC_FALLBACK = MC + "Fallback"
W_abstractNum = W + "abstractNum"
W_abstractNumId = W + "abstractNumId"
W_b = W + "b"
W_basedOn = W + "basedOn"
W_br = W + "br"
W_cr = W + "cr"
W_del = W + "del"
W_i = W + "i"
W_ilvl = W + "ilvl"
W_isLgl = W + "isLgl"
W_jc = W + "jc"
W_lvl = W + "lvl"
W_lvlOverride = W + "lvlOverride"
W_name = W + "name"
W_noBreakHyphen = W + "noBreakHyphen"
W_num = W + "num"
W_numId = W + "numId"
W_numPr = W + "numPr"
W_outlineLvl = W + "outlineLvl"
W_p = W + "p"
W_pPr = W + "pPr"
W_pStyle = W + "pStyle"
W_ptab = W + "ptab"
W_r = W + "r"
W_rPr = W + "rPr"
W_rStyle = W + "rStyle"
W_sdt = W + "sdt"
W_sdtContent = W + "sdtContent"
W_style = W + "style"
W_styleId = W + "styleId"
W_t = W + "t"
W_tab = W + "tab"
W_tbl = W + "tbl"
W_tc = W + "tc"
W_tr = W + "tr"
W_txbxContent = W + "txbxContent"
W_val = W + "val"


def is_on(el: Any) -> bool | None:
    """A w:b / w:i toggle: present without val means on."""
    if el is None:
        return None
    val = el.get(W_val)
    return val is None or val.lower() not in ("0", "false", "off", "none")
