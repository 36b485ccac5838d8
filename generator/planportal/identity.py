"""The publishing site's identity in the footer (`extra.footer` in mkdocs.yml), as
templates/overrides/partials/copyright.html renders it: every field is optional and an
empty one renders nothing.

    owner        主办单位            contact      联系方式
    site_code    网站标识码          icp, icp_url ICP 备案号 and its link
    police, police_url  公安机关备案号 and its link
    conac_image, conac_url  the 党政机关网站标识 (an image in the site, and its link)
    note         a closing note

`placeholders(config_file, footer)` finds the example values the shipped mkdocs.yml
carries (示例…, 000-00000000), which `planportal build` warns about until they are replaced.
"""

from __future__ import annotations

import re
from pathlib import Path

PLACEHOLDER = re.compile(r"示例|0{6,}")  # 示例单位…, 000-00000000, X ICP备00000000号


def placeholders(config_file: Path, footer: dict | None) -> list[str]:
    """`FILE:LINE: 警告: …` for every footer field still holding an example value."""
    lines = Path(config_file).read_text(encoding="utf-8").splitlines()
    out = []
    for key, value in (footer or {}).items():
        if isinstance(value, str) and PLACEHOLDER.search(value):
            line = next((n for n, text in enumerate(lines, 1) if re.match(rf"\s*{key}\s*:", text) and value in text), 1)
            out.append(f"{config_file}:{line}: 警告: extra.footer.{key} 仍是示例值“{value}”，发布前请改为本站的信息")
    return out
