"""Short and long forms of government bodies' names, one table for the whole portal.

Each group lists one name part as readers write it: the abbreviation first, then the full
form, then other forms in use. The importer names a unit written with an abbreviation by its
full form (区应急局 of 巴南区 -> 巴南区应急管理局); search matches any form of a group for any
other (a query for 区应急局 finds 区应急管理局). General usage, not any one plan's.
"""

from __future__ import annotations

FORMS: tuple[tuple[str, ...], ...] = (
    ("应急局", "应急管理局"),
    ("发改委", "发展和改革委员会", "发展改革委", "发展和改革委", "发展改革委员会"),
    ("发改局", "发展和改革局", "发展改革局"),
    ("经信委", "经济和信息化委员会", "经济信息委", "经济和信息化委"),
    ("经信局", "经济和信息化局", "经济信息局"),
    ("工信局", "工业和信息化局", "工业信息化局"),
    ("住建委", "住房和城乡建设委员会", "住房城乡建委", "住房城乡建设委", "住房和城乡建设委"),
    ("住建局", "住房和城乡建设局", "住房城乡建设局"),
    ("市场监管局", "市场监督管理局", "市监局"),
    ("交通局", "交通运输局"),
    ("交委", "交通运输委员会", "交通运输委"),
    ("规资局", "规划和自然资源局", "规划自然资源局"),
    ("人社局", "人力资源和社会保障局", "人力社保局", "人力资源社会保障局"),
    ("卫健委", "卫生健康委员会", "卫生健康委", "卫生和健康委员会"),
    ("卫健局", "卫生健康局"),
    ("农委", "农业农村委员会", "农业农村委"),
    ("农业局", "农业农村局"),
    ("教体局", "教育体育局"),
    ("文旅委", "文化和旅游委员会", "文化旅游委", "文化和旅游发展委员会", "文化旅游发展委员会"),
    ("文旅局", "文化和旅游局", "文化旅游局", "文化广电旅游局"),
    ("教委", "教育委员会"),
    ("城管局", "城市管理局"),
    ("商务委", "商务委员会"),
    ("国资委", "国有资产监督管理委员会", "国有资产监管委"),
    ("安委办", "安全生产委员会办公室", "安委会办公室"),
    ("安委会", "安全生产委员会"),
    ("安委", "安全生产委员会"),
    ("消安委", "消防安全委员会"),
    ("减灾委", "减灾委员会"),
    ("环保局", "生态环境局", "环境保护局"),
    ("科技局", "科学技术局"),
    ("退役军人局", "退役军人事务局"),
    ("大数据局", "大数据发展局", "大数据应用发展管理局"),
    ("供销社", "供销合作社"),
    ("残联", "残疾人联合会"),
    ("妇联", "妇女联合会"),
    ("科协", "科学技术协会"),
    ("工商联", "工商业联合会"),
)


# The abbreviations the importer writes out in full when it names a new unit. The others name
# their unit as written (区教委 -> 巴南区教委): a unit's id comes from its first name, so adding
# one here renames the units a fresh import registers.
NAMED_IN_FULL = frozenset({
    "应急局", "市场监管局", "住建局", "住建委", "城管局", "交通局", "卫健委", "卫健局", "发改委", "发改局", "人社局",
    "工信局", "经信委", "经信局", "教体局", "规资局", "农业局", "安委办", "安委会", "安委", "消安委", "文旅局", "文旅委",
})


def full_form(rest: str) -> str:
    """A name part with an abbreviation at its end written in full (应急局 -> 应急管理局)."""
    for group in sorted(FORMS, key=lambda g: -len(g[0])):  # 消安委 before 安委
        short, full = group[0], group[1]
        if short in NAMED_IN_FULL and rest.endswith(short) and not rest.endswith(full):
            return rest[: -len(short)] + full
    return rest
