"""Inputs that used to import into broken or empty data without a word: ids past 26 repeats,
an HTML page saved as .txt, a text with no task in it, a corrected copy whose ids moved under
the progress records and corrections that name them."""

from __future__ import annotations

from helpers import ROOT, run_cli
from planportal.importer.ids import unique


def test_repeated_numbering_gives_ids_that_pass_check(tmp_path):
    # the seed text 30 times over: every number repeats 30 times in one plan
    text = (ROOT / "data" / "sources" / "004_cf1649d899ee151a.txt").read_text(encoding="utf-8")
    src = tmp_path / "repeated.txt"
    src.write_text(text * 30, encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    check = run_cli("check", "--data", str(tmp_path / "data"), cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    assert "共 0 个错误" in check.stderr


def test_letter_suffixes_go_on_past_z():
    taken: set[str] = set()
    ids = [unique("g1", taken, letters=True) for _ in range(30)]
    assert ids[:3] == ["g1", "g1-a", "g1-b"] and ids[26:29] == ["g1-z", "g1-aa", "g1-ab"]
    assert len(set(ids)) == 30


def test_an_html_page_saved_as_text_is_refused(tmp_path):
    src = tmp_path / "page.txt"
    src.write_text("<!DOCTYPE html>\n<html><head><title>工作要点</title></head>\n<body><div class=\"main\"><p>一、重点任务</p>"
                   "<p>1.开展排查。</p></div><script>var a=1;</script></body></html>\n", encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(tmp_path / "data"), cwd=tmp_path)
    assert result.returncode == 1
    assert f"{src}:1: 这是网页的 HTML 源代码，不是正文" in result.stderr
    assert not (tmp_path / "data").exists()


def test_a_text_with_no_task_says_so(tmp_path):
    src = tmp_path / "news.txt"
    src.write_text("某县召开安全生产工作会议\n3月5日，某县召开全县安全生产工作会议，部署全年工作。\n会议要求各部门认真抓好落实。\n",
                   encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(tmp_path / "data"), "--report", cwd=tmp_path)
    assert result.returncode == 0
    assert "任务 0 项：没有找到任何任务" in result.stdout
    assert "news.txt 中没有找到任何任务" in result.stderr


PLAN_TEXT = ("安吉县2024年安全生产工作要点\n一、重点任务\n"
             "1.开展燃气安全检查，排查城镇燃气用户隐患。（责任单位：县住建局）\n"
             "2.开展消防安全培训，覆盖全县重点单位。（责任单位：县消防救援大队）\n")
TASK = "anji-2024-anquanshengchangongzuoyaodian-1-"


def _imported_with_a_record(tmp_path):
    """PLAN_TEXT imported as anji.txt, and a progress record of its 消防 task (…-1-2)."""
    src = tmp_path / "anji.txt"
    src.write_text(PLAN_TEXT, encoding="utf-8")
    data = tmp_path / "data"
    assert run_cli("import", str(src), "--data", str(data), cwd=tmp_path).returncode == 0
    record = data / "progress" / "2024-12" / "anji-xiaofangjiuyuandadui.yml"
    record.parent.mkdir(parents=True)
    record.write_text(f"unit: anji-xiaofangjiuyuandadui\nperiod: 2024-12\ntasks:\n  - task: {TASK}2\n"
                      "    state: 进行中\n    percent: 50\n", encoding="utf-8")
    return src, data, record


def test_a_reimport_that_would_point_records_at_other_tasks_stops_and_names_each_record(tmp_path):
    """An item added above the others in a corrected copy shifts their numbers, so their ids: the progress record
    of the 消防 task (…-1-2) would now name the 燃气 task, the correction of the 燃气 task (…-1-1) the new item.
    The import stops with each record's file and line, what its id named and names now, and where the task went;
    nothing is written. With --force it imports and repeats them as warnings."""
    src, data, record = _imported_with_a_record(tmp_path)
    fix = data / "corrections" / "anji.yml"
    fix.parent.mkdir()
    fix.write_text(f"plan: anji-2024-anquanshengchangongzuoyaodian\ntasks:\n  {TASK}1:\n    deadlines: []\n",
                   encoding="utf-8")
    assert run_cli("check", "--data", str(data), cwd=tmp_path).returncode == 0
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}

    src.write_text(PLAN_TEXT.replace("1.开展燃气", "1.开展道路交通安全整治。（责任单位：县公安局）\n2.开展燃气")
                   .replace("2.开展消防", "3.开展消防"), encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"{record}:4: 进展记录的任务 {TASK}2 重新导入后是另一项任务（原为“开展消防安全培训，覆盖全县重点单位”，"
        f"现为“开展燃气安全检查，排查城镇燃气用户隐患”）；原来的这一项现在是任务 {TASK}3",
        f"{fix}:3: 修正的任务 {TASK}1 重新导入后是另一项任务（原为“开展燃气安全检查，排查城镇燃气用户隐患”，"
        f"现为“开展道路交通安全整治”）；原来的这一项现在是任务 {TASK}2"]
    assert "未导入" in lines[-1] and "--force" in lines[-1]
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before  # nothing written

    forced = run_cli("import", str(src), "--data", str(data), "--force", cwd=tmp_path)
    assert forced.returncode == 0
    assert f"{record}:4: 警告: 进展记录的任务 {TASK}2 重新导入后是另一项任务" in forced.stderr
    assert f"{TASK}3" in (data / "plans" / "anji-2024-anquanshengchangongzuoyaodian.yml").read_text(encoding="utf-8")


def test_a_reimport_that_keeps_every_recorded_task_goes_through(tmp_path):
    """A corrected copy that changes a task's words a little and adds an item at the end moves no id: records stay."""
    src, data, record = _imported_with_a_record(tmp_path)
    src.write_text(PLAN_TEXT.replace("覆盖全县重点单位", "覆盖全县重点单位和九小场所")
                   + "3.开展道路交通安全整治。（责任单位：县公安局）\n", encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert run_cli("check", "--data", str(data), cwd=tmp_path).returncode == 0


def _two_texts_named_alike(tmp_path):
    """Two different plan texts, each saved as 方案.txt in a folder of its own (a/, b/)."""
    first, second = tmp_path / "a" / "方案.txt", tmp_path / "b" / "方案.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text(PLAN_TEXT, encoding="utf-8")
    second.write_text("安吉县2024年消防工作要点\n一、重点任务\n1.开展高层建筑消防安全整治。（责任单位：县消防救援大队）\n",
                      encoding="utf-8")
    return first, second


def test_a_text_imported_under_a_name_already_used_says_what_it_replaced_and_removed(tmp_path):
    """Two different texts saved as 方案.txt in two folders: importing the second replaces the first's copy
    in sources/ and removes the plan only the first yielded. Neither happens without a word."""
    first, second = _two_texts_named_alike(tmp_path)
    data = tmp_path / "data"
    assert run_cli("import", str(first), "--data", str(data), cwd=tmp_path).returncode == 0
    result = run_cli("import", str(second), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 0
    assert f"{data}/sources/方案.txt: 已换成这次导入的同名原文" in result.stderr
    assert f"{data}/plans/anji-2024-anquanshengchangongzuoyaodian.yml: 已删除（同名原文重新导入后不再有这个方案）" in result.stderr
    assert sorted(p.name for p in (data / "plans").iterdir()) == ["anji-2024-xiaofanggongzuoyaodian.yml"]


def test_a_unit_registry_of_another_shape_is_never_written_over(tmp_path):
    """units.yml holding a mapping or a list where `units:` and its list belong: the import names the file and line,
    writes nothing and leaves it as it was; one holding only comments keeps them above the units it gets."""
    src = tmp_path / "anji.txt"
    src.write_text(PLAN_TEXT, encoding="utf-8")
    for shape, line in (("units:\n  县消防救援大队: 安吉县消防救援大队\n", 2), ("- 县消防救援大队\n", 1)):
        data = tmp_path / "data"
        data.mkdir(exist_ok=True)
        (data / "units.yml").write_text(shape, encoding="utf-8")
        result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert f"{data}/units.yml:{line}: 单位登记表应为“units:”下的列表；导入不会改写这样的文件" in result.stderr
        assert (data / "units.yml").read_text(encoding="utf-8") == shape and not (data / "plans").exists()
    (data / "units.yml").write_text("# 单位登记表，由办公室维护\n", encoding="utf-8")
    assert run_cli("import", str(src), "--data", str(data), cwd=tmp_path).returncode == 0
    text = (data / "units.yml").read_text(encoding="utf-8")
    assert text.startswith("# 单位登记表，由办公室维护\nunits:\n  - id: anji-")


def test_records_of_any_shape_never_break_the_check_before_a_reimport(tmp_path):
    """Record files a person mistyped (rows that are a number, a plan id that is a list, added tasks that are no
    list) are left to `check`: the re-import's look at them gives no traceback and stops on the real record only."""
    src, data, record = _imported_with_a_record(tmp_path)
    (record.parent / "anji-zhufanghechengxiangjiansheju.yml").write_text("unit: x\ntasks: 3\n", encoding="utf-8")
    (data / "corrections").mkdir()
    (data / "corrections" / "a.yml").write_text("plan: [1, 2]\ntasks: 5\nadd: {a: 1}\n", encoding="utf-8")
    (data / "corrections" / "b.yml").write_text("- a list\n", encoding="utf-8")
    src.write_text(PLAN_TEXT.replace("1.开展燃气", "1.开展道路交通安全整治。（责任单位：县公安局）\n2.开展燃气")
                   .replace("2.开展消防", "3.开展消防"), encoding="utf-8")
    result = run_cli("import", str(src), "--data", str(data), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line.split(": ")[0] for line in result.stderr.splitlines()[:-1]] == [f"{record}:4"]


def test_two_different_texts_of_the_same_file_name_in_one_import_are_refused(tmp_path):
    """`planportal import a/方案.txt b/方案.txt`: sources/ holds one 方案.txt, so the second text was dropped
    without a word (the count said 1 个文档). Now the import names both files and writes nothing; the same
    file named twice still imports once."""
    first, second = _two_texts_named_alike(tmp_path)
    data = tmp_path / "data"
    result = run_cli("import", "a/方案.txt", "b/方案.txt", "--data", "data", cwd=tmp_path)
    assert result.returncode == 1
    assert "b/方案.txt:1: 与 a/方案.txt 同名：sources/ 中每个文件名只能有一份原文" in result.stderr
    assert not data.exists()
    again = run_cli("import", "a/方案.txt", "./a/方案.txt", "--data", "data", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "已导入 1 个文档" in again.stderr


def test_a_folder_given_as_a_source_is_named_as_a_folder(tmp_path):
    (tmp_path / "texts").mkdir()
    result = run_cli("import", "texts", "--data", "data", cwd=tmp_path)
    assert result.returncode == 1
    assert "texts:1: 是目录，不是普通文件，未读取" in result.stderr
    assert not (tmp_path / "data").exists()


def test_a_source_name_check_would_refuse_is_refused_by_the_import_itself(tmp_path):
    """A text saved as index.txt, 方案#1.txt or .方案.txt, or as 方案.md beside an imported 方案.txt: the import wrote
    the plan, said 已导入, and every check and build after it failed on the plan's source.file (its page address).
    Now the import names the file and why, and writes nothing."""
    for name in ("index.txt", "方案#1.txt", ".方案.txt", "完成50%.txt"):
        (tmp_path / name).write_text(PLAN_TEXT, encoding="utf-8")
        result = run_cli("import", name, "--data", "data", cwd=tmp_path)
        assert result.returncode == 1, name
        assert f"{name}:1: 原文文件名 '{name}' 不能用作网址" in result.stderr and "请给文件改名后再导入" in result.stderr
        assert not (tmp_path / "data").exists()
    (tmp_path / "方案.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (tmp_path / "方案.md").write_text(PLAN_TEXT.replace("安全生产", "消防"), encoding="utf-8")
    assert run_cli("import", "方案.txt", "--data", "data", cwd=tmp_path).returncode == 0
    result = run_cli("import", "方案.md", "--data", "data", cwd=tmp_path)
    assert result.returncode == 1
    assert "方案.md:1: 原文文件 方案.md 与 方案.txt 的网页地址相同（sources/方案/）；请给文件改名后再导入" in result.stderr
    assert sorted(p.name for p in (tmp_path / "data" / "sources").iterdir()) == ["方案.txt"]
    assert run_cli("check", "--data", "data", cwd=tmp_path).returncode == 0


def test_a_text_saved_as_gbk_or_as_utf16_without_bom_is_named_as_such(tmp_path):
    """Notepad's "ANSI" (GBK) is the usual way a Chinese text comes in not as UTF-8, and some tools write UTF-16 with
    no byte order mark: the import said only 第 1 字节无法解码 (or, for UTF-16 of Latin letters, 含 NUL 字符)."""
    (tmp_path / "gbk.txt").write_bytes(PLAN_TEXT.encode("gbk"))
    (tmp_path / "utf16.txt").write_bytes(PLAN_TEXT.encode("utf-16-le"))
    (tmp_path / "utf16-latin.txt").write_bytes("Work plan 2024\n1. Check gas pipes.\n".encode("utf-16-le"))
    result = run_cli("import", "gbk.txt", "utf16.txt", "utf16-latin.txt", "--data", "data", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "gbk.txt:1: 不是 UTF-8 编码（第 1 字节无法解码），看来是 GBK 编码（记事本的“ANSI”），请另存为 UTF-8",
        "utf16.txt:1: 是 UTF-16 编码（没有 BOM），请另存为 UTF-8",
        "utf16-latin.txt:1: 是 UTF-16 编码（没有 BOM），请另存为 UTF-8",
    ]
    assert not (tmp_path / "data").exists()
