"""What a .docx's styles say about a paragraph: bold, italic, heading level, numbering."""

from __future__ import annotations

from typing import Any

from qcdc_desktop.importing.labels import import_labels, style_key
from qcdc_desktop.importing.wordml import (
    W,
    W_basedOn,
    W_ilvl,
    W_name,
    W_numId,
    W_numPr,
    W_outlineLvl,
    W_pPr,
    W_rPr,
    W_style,
    W_styleId,
    W_val,
    is_on,
)


class Styles:
    """Bold, italic, heading level and numbering of styles, following `basedOn`."""

    def __init__(self, styles_el: Any) -> None:
        self._by_id: dict[str, Any] = {}
        # Every paragraph asks the same few questions of the same few styles.
        self._memo: dict[tuple[str, str], Any] = {}
        if styles_el is not None:
            for st in styles_el.iter(W_style):
                sid = st.get(W_styleId)
                if sid:
                    self._by_id[sid] = st

    def _chain(self, style_id: str) -> list[Any]:
        out, seen = [], set()
        while style_id and style_id in self._by_id and style_id not in seen:
            seen.add(style_id)
            st = self._by_id[style_id]
            out.append(st)
            based = st.find(W_basedOn)
            style_id = based.get(W_val) if based is not None else ""
        return out

    def memo(self, kind: str, style_id: str) -> Any:
        """`kind` ("level", "list", "num", "name", "b", "i") of a style, computed once."""
        key = (kind, style_id)
        if key not in self._memo:
            if kind in ("b", "i"):
                self._memo[key] = self.toggle(style_id, kind)
            else:
                method = {"level": self.level, "list": self.list_style, "num": self.num_pr}
                self._memo[key] = method.get(kind, self.name)(style_id)
        return self._memo[key]

    def toggle(self, style_id: str, tag: str) -> bool:
        for st in self._chain(style_id):
            rpr = st.find(W_rPr)
            value = is_on(rpr.find(f"{W}{tag}")) if rpr is not None else None
            if value is not None:
                return value
        return False

    def name(self, style_id: str) -> str:
        st = self._by_id.get(style_id)
        name_el = st.find(W_name) if st is not None else None
        return str(name_el.get(W_val)) if name_el is not None else style_id

    def level(self, style_id: str) -> int | None:
        labels = import_labels()
        for key in (style_key(self.name(style_id)), style_key(style_id)):
            if key in labels.heading:
                return labels.heading[key]
            if key in labels.title:
                return None  # the document's title, even where a template gives it a level
        for st in self._chain(style_id):
            ppr = st.find(W_pPr)
            lvl = ppr.find(W_outlineLvl) if ppr is not None else None
            if lvl is not None and (lvl.get(W_val) or "").isdigit():
                value = int(lvl.get(W_val))
                return value + 1 if value < 9 else None
        return None

    def list_style(self, style_id: str) -> tuple[str, int] | None:
        """("bullet" | "number", level 1..) for a List Bullet / List Number style."""
        labels = import_labels()
        for key in (style_key(self.name(style_id)), style_key(style_id)):
            if key in labels.bullet:
                return "bullet", labels.bullet[key]
            if key in labels.number:
                return "number", labels.number[key]
        return None

    def num_pr(self, style_id: str) -> tuple[str, int | None] | None:
        """(numId, ilvl) a style links to, following `basedOn`."""
        for st in self._chain(style_id):
            ppr = st.find(W_pPr)
            numpr = ppr.find(W_numPr) if ppr is not None else None
            if numpr is not None:
                num_id = numpr.find(W_numId)
                ilvl = numpr.find(W_ilvl)
                nid = num_id.get(W_val) if num_id is not None else ""
                lvl = ilvl.get(W_val) if ilvl is not None else None
                return nid or "", int(lvl) if lvl and lvl.isdigit() else None
        return None

    def numbered(self, style_id: str) -> bool:
        found = self.num_pr(style_id)
        return found is not None and found[0] != "0"
