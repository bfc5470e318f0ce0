"""Tests of the Python package: every public function and class, checked against the
command line where both give the same thing."""

import ast
import io
import json
import pickle
import subprocess
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import fagui
from conftest import CORPUS, ROOT

SEED = "corpus/directives/digi-plus-directive.txt"
STATUTE = "corpus/statutes/marine-survey-act-2a.txt"
GAP = "corpus/err/numbering-gap-1a.txt"
PAIRS = sorted(p.name[: -len(".old.txt")] for p in (CORPUS / "pairs").glob("*.old.txt"))
TWO_DOCS = "甲要點\n一、甲。\n二、乙。\n乙要點\n一、丙。\n二、丁。\n"
OPEN_DATA = '{"法規名稱": "示範法", "法規內容": [{"條號": "第 1 條", "條文內容": "本法依示範條例訂定之。"}]}'


@pytest.fixture(autouse=True)
def in_root(monkeypatch):
    """File names in messages are relative to the repository root, as in the CLI runs."""
    monkeypatch.chdir(ROOT)


@pytest.fixture(scope="module")
def seed():
    return fagui.parse_file(SEED)


# ---------------------------------------------------------------------------
# Parsing


def test_the_issue_example():
    node = fagui.parse_file(SEED).get("第八點第二款")
    assert node.text.startswith("各中央二級機關置資訊長一人")


def test_parse_str_bytes_and_bytearray_agree():
    text = (ROOT / SEED).read_text(encoding="utf-8")
    a = fagui.parse(text)
    b = fagui.parse(text.encode("utf-8"))
    c = fagui.parse(bytearray(text.encode("utf-8")))
    assert a.to_json() == b.to_json() == c.to_json()


def test_parse_decodes_big5_and_utf16():
    text = "示範要點\n一、本要點依示範法訂定。\n二、本要點自發布日施行。\n"
    want = fagui.parse(text).to_json()
    assert fagui.parse(text.encode("big5")).to_json() == want
    assert fagui.parse(text.encode("utf-16")).to_json() == want  # with a BOM
    forced = fagui.parse(text.encode("utf-16-le"), encoding="utf-16le")
    assert forced.to_json() == want


def test_kind_is_detected_or_forced():
    assert fagui.parse_file(SEED).kind == "directive"
    assert fagui.parse_file(STATUTE).kind == "statute"
    forced = fagui.parse("示範要點\n一、甲。\n二、乙。\n", kind="statute")
    assert forced.kind == "statute"
    with pytest.raises(ValueError, match='kind must be "directive" or "statute"'):
        fagui.parse("一、甲。", kind="law")


def test_jurisdiction_is_detected_or_forced():
    text = "示范条例\n第一条 下列事项由国务院审批：\n（一）甲；\n（二）乙。\n前款第二项的事项，另行规定。\n"
    doc = fagui.parse(text)
    assert doc.jurisdiction == "cn"
    assert doc.to_dict()["jurisdiction"] == "cn"
    assert fagui.parse(text.encode("gb18030")).jurisdiction == "cn"
    assert fagui.parse_file(SEED).jurisdiction == "tw"
    forced = fagui.parse(text, jurisdiction="tw")
    assert forced.jurisdiction == "tw"
    assert "jurisdiction" not in forced.to_dict()
    assert fagui.parse(text, jurisdiction="cn").to_json() == doc.to_json()
    with pytest.raises(ValueError, match='jurisdiction must be "tw" or "cn"'):
        fagui.parse(text, jurisdiction="prc")  # type: ignore[arg-type]


def test_parse_refuses_other_types_and_encoding_with_str():
    with pytest.raises(TypeError, match="expected str or bytes, not int"):
        fagui.parse(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not \w*Path \(parse_file reads a file\)"):
        fagui.parse(Path(SEED))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="encoding= applies to bytes"):
        fagui.parse("一、甲。", encoding="big5")


def test_parse_file_takes_path_objects():
    assert fagui.parse_file(Path(SEED)).to_json() == fagui.parse_file(SEED).to_json()


def test_several_documents():
    docs = fagui.parse_all(TWO_DOCS)
    assert [d.title for d in docs] == ["甲要點", "乙要點"]
    with pytest.warns(UserWarning, match="holds 2 documents") as record:
        first = fagui.parse(TWO_DOCS)
    assert first.title == "甲要點"
    assert record[0].filename == __file__  # the warning points at the call


def test_parse_file_all(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text(TWO_DOCS, encoding="utf-8")
    assert [d.title for d in fagui.parse_file_all(path)] == ["甲要點", "乙要點"]
    with pytest.warns(UserWarning):
        assert fagui.parse_file(path).title == "甲要點"


def test_open_data():
    doc = fagui.parse(OPEN_DATA)
    assert doc.title == "示範法"
    assert doc.kind == "statute"
    assert doc.get("第1條").text_content == "本法依示範條例訂定之。"
    assert fagui.parse_all('{"Laws": []}') == []


# ---------------------------------------------------------------------------
# Document and Node


def test_document_properties(seed):
    assert seed.title == "行政院數位國家創新經濟推動小組設置要點"
    assert seed.kind == "directive"
    assert isinstance(seed.meta, dict)
    assert [u.num for u in seed.units] == [str(n) for n in range(1, 14)]
    assert seed.diagnostics == []
    assert "13 units" in repr(seed)


def test_metadata_and_history():
    doc = fagui.parse(
        "法規名稱：示範要點\n修正日期：民國 105 年 11 月 25 日\n"
        "中華民國一百零五年十一月二十五日示範部示資字第1050000001號函訂定\n一、本要點訂定。\n"
    )
    assert doc.meta["法規名稱"] == "示範要點"
    (entry,) = doc.history
    assert (entry.date, entry.body, entry.doc_no, entry.action) == ("2016-11-25", "示範部", "示資字第1050000001號", "訂定")
    assert entry.raw.startswith("中華民國一百零五年")
    assert isinstance(entry.actions, list)
    start, end = entry.span
    assert 0 <= start < end
    assert "HistoryEntry" in repr(entry)


def test_history_actions():
    doc = fagui.parse(
        "示範辦法\n第 1 條\n本辦法訂定。\n"
        "1.中華民國一百十二年六月二十六日示範部示字第1120000004號令修正發布第 2、5 條條文\n"
    )
    assert doc.history[0].actions == [("修正", ["2", "5"])]


def test_diagnostics():
    (d,) = fagui.parse_file(GAP).diagnostics
    assert (d.severity, d.code, d.line, d.column) == ("warning", "gap", 4, 1)
    assert d.message == "gap in point numbering: 4 after 2"
    assert str(d) == "4:1: warning[gap]: gap in point numbering: 4 after 2"
    assert d.span[0] < d.span[1]
    assert "Diagnostic" in repr(d)


def test_node_properties(seed):
    node = seed.get("第八點第二款")
    assert node.id == "point_8__para_1__subpara_2"
    assert node.kind == "subparagraph"
    assert node.num == "2"
    assert node.label.strip() in ("(二)", "（二）")
    assert node.label_style == "paren_cjk"
    assert node.caption is None
    assert node.deleted is False
    assert node.children == []
    assert node.citation == "第八點第二款"
    start, end = node.span
    source = (ROOT / SEED).read_bytes()
    assert "資訊長" in source[start:end].decode("utf-8")
    assert node.parent.id == "point_8__para_1"
    assert node.parent.parent.id == "point_8"
    assert node.parent.parent.parent is None
    assert node.id in repr(node)


def test_node_text_and_children(seed):
    point = seed.get("第八點")
    assert point.kind == "point"
    assert point.label == "八、"
    assert point.label_style == "cjk"
    assert point.text == ""  # the words live in the paragraphs
    (para,) = point.children
    assert para.kind == "paragraph" and para.label is None and para.label_style is None
    assert point.text_content == para.text + "".join(c.text_content for c in para.children)
    assert [n.id for n in point.walk()][:2] == ["point_8", "point_8__para_1"]


def test_statute_captions_and_deleted():
    doc = fagui.parse("示範法\n第 1 條（目的）\n本法依示範條例訂定之。\n第 2 條\n（刪除）\n")
    assert doc.get("第一條").caption == "（目的）"
    assert doc.get("第二條").deleted is True


def test_nodes_compare_as_the_same_node(seed):
    a = seed.get("第八點第二款")
    b = seed.get("8.(2)")
    c = seed.get("point_8__para_1__subpara_2")
    assert a == b == c
    assert len({a, b, c}) == 1
    assert a != seed.get("第八點第一款")
    assert a != fagui.parse_file(SEED).get("8.(2)")  # another document
    assert a != "point_8__para_1__subpara_2"


def test_node_json_is_the_get_json(seed, run_cli):
    node = seed.get("第八點第二款")
    code, out, _ = run_cli("get", "--format", "json", SEED, "第八點第二款")
    assert code == 0
    assert json.loads(out) == [node.to_dict()]
    assert json.loads(node.to_json()) == node.to_dict()
    assert node.to_json(pretty=True).startswith("{\n")


def test_get_relative_and_resolve():
    doc = fagui.parse("示範要點\n一、甲。\n乙。\n前二項丙。\n二、依前點辦理。\n")
    assert doc.get("前點", context="point_2__para_1").id == "point_1"
    ids = [n.id for n in doc.resolve("前二項", context="point_1__para_3")]
    assert ids == ["point_1__para_1", "point_1__para_2"]
    assert [n.id for n in doc.resolve("第二點")] == ["point_2"]


def test_documents_and_nodes_pickle(seed):
    again = pickle.loads(pickle.dumps(seed))
    assert again.to_json() == seed.to_json()
    assert [r.targets for r in again.refs()] == [r.targets for r in seed.refs()]
    node = pickle.loads(pickle.dumps(seed.get("8.(2)")))
    assert node.id == "point_8__para_1__subpara_2" and node.citation == "第八點第二款"
    with pytest.raises(ValueError, match="not a pickled document"):
        fagui._fagui._document("{}", "")


def test_walk_visits_every_node_in_order(seed):
    ids = [n.id for n in seed.walk()]
    assert ids[0] == "point_1"
    assert len(ids) == len(set(ids)) == len(seed.to_records())
    assert "point_8__para_1__subpara_2" in ids


def test_refs(seed, run_cli):
    refs = seed.refs()
    code, out, _ = run_cli("refs", "--format", "json", SEED)
    assert code == 0
    want = json.loads(out)["refs"]
    assert len(refs) == len(want)
    for r, w in zip(refs, want):
        assert (r.from_, r.text, list(r.span), r.law, r.relative, r.targets) == (
            w["from"],
            w["text"],
            w["span"],
            w["law"],
            w.get("relative"),
            w["targets"],
        )
        assert [list(s) for s in r.path] == [[s["kind"], s["num"]] for s in w["path"]]
    assert refs[0].text == "前點" and refs[0].targets == ["point_5"]
    assert refs[0].to is None
    assert "Reference" in repr(refs[0])


def test_ref_ranges_and_other_laws():
    doc = fagui.parse("示範法\n第 1 條\n依都市計畫法第十五條辦理。\n第 2 條\n第三條至第四條準用之。\n第 3 條\n甲。\n第 4 條\n乙。\n")
    laws = [r for r in doc.refs() if r.law]
    assert laws[0].law == "都市計畫法" and laws[0].targets == []
    ranged = [r for r in doc.refs() if r.to]
    assert ranged[0].to == [("article", "4")]
    assert ranged[0].targets == ["art_3", "art_4"]


def test_terms(seed, run_cli):
    terms = seed.terms()
    code, out, _ = run_cli("terms", "--format", "json", SEED)
    want = json.loads(out)["terms"]
    assert [(t.term, t.meaning, t.defined_in, list(t.span)) for t in terms] == [
        (w["term"], w["meaning"], w["defined_in"], w["span"]) for w in want
    ]
    assert ("本小組", "數位國家創新經濟推動小組") in [(t.term, t.meaning) for t in terms]
    assert "Term" in repr(terms[0])


def test_search(seed, run_cli):
    hits = seed.search("資訊長")
    code, out, _ = run_cli("grep", "--format", "json", "資訊長", SEED)
    want = json.loads(out)["hits"]
    assert [(h.id, h.citation, h.matched, list(h.span)) for h in hits] == [
        (w["id"], w["citation"], w["matched"], w["span"]) for w in want
    ]
    for h in hits:
        a, b = h.range
        assert h.text[a:b] == h.matched == "資訊長"
    assert "Hit" in repr(hits[0])
    regex = seed.search("資訊(長|單位)", regex=True)
    assert {h.matched for h in regex} <= {"資訊長", "資訊單位"} and len(regex) >= len(hits)
    assert seed.search("no such words") == []


def test_to_records(seed):
    rows = seed.to_records()
    assert list(rows[0]) == ["id", "kind", "num", "citation", "text", "depth", "parent"]
    by_id = {r["id"]: r for r in rows}
    row = by_id["point_8__para_1__subpara_2"]
    assert row == {
        "id": "point_8__para_1__subpara_2",
        "kind": "subparagraph",
        "num": "2",
        "citation": "第八點第二款",
        "text": seed.get("8.(2)").text,
        "depth": 2,
        "parent": "point_8__para_1",
    }
    assert by_id["point_1"]["parent"] is None and by_id["point_1"]["depth"] == 0


def test_to_records_in_pandas(seed):
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(seed.to_records())
    assert (df["kind"] == "point").sum() == 13


def test_to_text_parses_back_to_the_same_tree(seed):
    again = fagui.parse(seed.to_text())
    assert [n.id for n in again.walk()] == [n.id for n in seed.walk()]
    assert [n.text for n in again.walk()] == [n.text for n in seed.walk()]


def test_to_akn_equals_the_cli_and_reads_back(run_cli):
    import xml.etree.ElementTree as ET

    for path in (SEED, STATUTE, GAP):
        doc = fagui.parse_file(path)
        code, out, err = run_cli("parse", "--format", "akn", path)
        assert code == 0, err
        assert doc.to_akn() == out
        root = ET.fromstring(doc.to_akn().encode("utf-8"))
        ns = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
        assert root.find("akn:act", ns).get("name") == doc.kind
        assert root.find(".//akn:docTitle", ns).text == doc.title
        eids = {e.get("eId") for e in root.iter() if e.get("eId")}
        assert {n.id for n in doc.walk()} <= eids
        back = fagui.parse(doc.to_akn())
        assert back.to_dict()["units"] == doc.to_dict()["units"]
        assert back.to_akn() == doc.to_akn()
    statute = ET.fromstring(fagui.parse_file(STATUTE).to_akn().encode("utf-8"))
    article = statute.find(".//akn:article[@eId='part_1__art_1']", ns)
    assert article.find("akn:num", ns).text == "第 1 條"
    assert article.find("akn:heading", ns).text == "（立法目的）"


# ---------------------------------------------------------------------------
# The JSON is the command line's


def corpus_texts():
    return sorted(str(p.relative_to(ROOT)) for p in CORPUS.rglob("*.txt"))


def python_json(path: str) -> str:
    docs = fagui.parse_file_all(path)
    if len(docs) == 1:
        return docs[0].to_json()
    return "[" + ",".join(d.to_json() for d in docs) + "]"


def test_to_json_equals_the_cli_on_every_corpus_file(run_cli):
    files = corpus_texts()
    assert len(files) > 100
    code, out, err = run_cli("parse", *files)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(files)
    for path, line in zip(files, lines):
        assert python_json(path) == line, path


def test_to_json_equals_the_cli_on_the_seed_pretty(seed, run_cli):
    code, out, _ = run_cli("parse", "--pretty", SEED)
    assert seed.to_json(pretty=True) + "\n" == out
    assert seed.to_dict() == json.loads(out)


def test_to_json_equals_the_cli_on_open_data(tmp_path, run_cli):
    path = tmp_path / "record.json"
    path.write_text(OPEN_DATA, encoding="utf-8")
    code, out, _ = run_cli("parse", str(path))
    assert code == 0
    assert fagui.parse_file(path).to_json() + "\n" == out


def docx(paragraphs):
    """A minimal Word document holding one paragraph per string."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}</w:body></w:document>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, xml in parts.items():
            z.writestr(name, xml)
    return out.getvalue()


def test_word_and_pdf_as_the_cli(tmp_path, run_cli):
    word = tmp_path / "law.docx"
    word.write_bytes(docx(["示範要點", "一、本要點依示範法訂定。", "二、本要點自發布日施行。"]))
    doc = fagui.parse(word.read_bytes())
    assert [u.num for u in doc.units] == ["1", "2"]
    pdf = "tests/fixtures/data-governance-1a.pdf"
    for path in (str(word), pdf):
        code, out, err = run_cli("parse", path)
        if code == 0:
            assert fagui.parse_file(path).to_json() + "\n" == out, path
        else:  # a PDF without pdftotext: the same error
            with pytest.raises(fagui.PdfToolError) as caught:
                fagui.parse_file(path)
            assert str(caught.value) == err[len("fagui: ") :].rstrip("\n")


def test_references_to_many_nodes():
    articles = "".join(f"第 {n} 條\n甲。\n" for n in range(1, 21))
    doc = fagui.parse(f"示範法\n{articles}第 21 條\n第一條至第二十條之規定準用之。\n")
    (ref,) = [r for r in doc.refs() if r.from_.startswith("art_21")]
    assert ref.targets == [f"art_{n}" for n in range(1, 21)]
    assert ref.ranges == [("art_1", "art_20", 20)]
    (json_ref,) = [r for r in doc.to_dict()["refs"] if r["from"].startswith("art_21")]
    assert json_ref["targets"] == [] and json_ref["ranges"] == [{"from": "art_1", "to": "art_20", "count": 20}]


# ---------------------------------------------------------------------------
# Diff


def printed(text: str) -> str:
    """`text` as the command line prints it: with a final newline unless empty."""
    return text if text == "" or text.endswith("\n") else text + "\n"


@pytest.mark.parametrize("name", PAIRS)
def test_diff_equals_the_cli(name, run_cli):
    old, new = f"corpus/pairs/{name}.old.txt", f"corpus/pairs/{name}.new.txt"
    d = fagui.diff(fagui.parse_file(old), fagui.parse_file(new))
    assert printed(d.to_json()) == run_cli("diff", "--format", "json", old, new)[1]
    assert printed(d.stat) == run_cli("diff", "--stat", old, new)[1]
    assert printed(d.to_table("html")) == run_cli("diff", "--format", "table-html", old, new)[1]
    assert printed(d.to_table("md", all=True)) == run_cli("diff", "--format", "table-md", "--all", old, new)[1]
    assert printed(d.to_text()) == run_cli("diff", "--color", "never", old, new)[1]
    classic = d.to_table("md", explain="classic", underline="both")
    assert printed(classic) == run_cli(
        "diff", "--format", "table-md", "--explain", "classic", "--underline", "both", old, new
    )[1]


def test_table_options_are_checked():
    d = fagui.diff(fagui.parse("要點\n一、甲。\n"), fagui.parse("要點\n一、乙。\n"))
    with pytest.raises(ValueError):
        d.to_table(explain="short")
    with pytest.raises(ValueError):
        d.to_table(underline="old")


def test_diff_of_the_seed():
    old = fagui.parse_file("corpus/pairs/seed-partial.old.txt")
    new = fagui.parse_file("corpus/pairs/seed-partial.new.txt")
    d = fagui.diff(old, new)
    assert d.stat == "修正第三點、第八點；增訂第十四點；刪除第十點"
    assert d.kind == "directive"
    assert d.old_title == d.new_title == "行政院數位國家創新經濟推動小組設置要點"
    assert d.summary == {
        "unchanged": 10,
        "modified": 2,
        "added": 1,
        "deleted": 1,
        "renumbered": 0,
        "moved": 0,
        "title_changed": False,
        "stat": d.stat,
    }
    assert bool(d) and d.stat in repr(d)
    assert d.to_dict() == json.loads(d.to_json())
    assert d.to_json(pretty=True).startswith("{\n")
    assert "修正規定" in d.to_table()
    assert d.to_table("md").startswith("# ")
    assert "= 第一點 unchanged" in d.to_text(all=True) and "= 第一點" not in d.to_text()
    ops = {c.new_num or c.old_num: c.op for c in d.changes}
    assert (ops["3"], ops["8"], ops["14"], ops["10"], ops["1"]) == ("modified", "modified", "added", "deleted", "unchanged")


def test_change_properties():
    old = fagui.parse("示範要點\n一、委員任期二年。\n二、本要點自發布日施行。\n")
    new = fagui.parse("示範要點\n一、委員任期三年。\n二、（刪除）\n三、本要點自發布日施行。\n")
    d = fagui.diff(old, new)
    one, two, three = d.changes
    assert (one.op, one.kind, one.old_num, one.new_num, one.old_id, one.new_id) == (
        "modified",
        "point",
        "1",
        "1",
        "point_1",
        "point_1",
    )
    assert (one.old_label, one.new_label, one.old_caption, one.new_caption) == ("一、", "一、", None, None)
    assert one.text_changed and not one.moved and not one.cosmetic and not one.repealed
    (para,) = one.children
    assert para.old_text == "委員任期二年。" and para.new_text == "委員任期三年。"
    assert ("delete", "二") in para.inline and ("insert", "三") in para.inline
    assert para.to_dict()["inline"] == [{"op": op, "text": t} for op, t in para.inline]
    assert two.op == "deleted" and two.repealed
    assert three.op == "added" and three.old_id is None
    assert "modified point_1" in repr(one)


def test_diff_of_equal_versions_is_false():
    doc = fagui.parse_file(SEED)
    d = fagui.diff(doc, fagui.parse_file(SEED))
    assert not d and d.stat == "" and "no change" in repr(d)


def test_to_table_refuses_other_formats(seed):
    with pytest.raises(ValueError, match='format must be "html" or "md"'):
        fagui.diff(seed, seed).to_table("pdf")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------
# Errors: Python exceptions with the command line's messages


def cli_message(run_cli, *args):
    code, _, err = run_cli(*args)
    assert code == 2
    assert err.startswith("fagui: ")
    return err[len("fagui: ") :].rstrip("\n")


def test_error_messages_equal_the_cli(tmp_path, run_cli):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"ab\x00\x01cd")
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(b"%PDF-1.4\x00\x01")
    rtf = tmp_path / "law.rtf"
    rtf.write_bytes(b"{\\rtf1 \\ansi law}")
    not_open_data = tmp_path / "other.json"
    not_open_data.write_text('{"a": 1}', encoding="utf-8")
    not_akn = tmp_path / "other.xml"
    not_akn.write_text('<?xml version="1.0"?><akomaNtoso><act name="statute">', encoding="utf-8")
    cases = [
        (["no-such-file.txt"], {}, fagui.ReadError),
        (["corpus"], {}, fagui.ReadError),
        ([str(binary)], {}, fagui.DecodeError),
        ([str(pdf)], {}, fagui.FaguiError),  # DocumentError, or PdfToolError without pdftotext
        ([str(rtf)], {}, fagui.UnsupportedFormatError),
        ([str(not_open_data)], {}, fagui.OpenDataError),
        ([str(not_akn)], {}, fagui.AknError),
        (["--encoding", "latin1", GAP], {"encoding": "latin1"}, fagui.UnknownEncodingError),
        (["--max-bytes", "10", GAP], {"max_bytes": 10}, fagui.InputTooLargeError),
    ]
    for args, kwargs, cls in cases:
        with pytest.raises(cls) as caught:
            fagui.parse_file(args[-1], **kwargs)
        assert str(caught.value) == cli_message(run_cli, "parse", *args), args
        assert isinstance(caught.value, fagui.FaguiError)


def test_error_classes_and_attributes(tmp_path):
    with pytest.raises(OSError) as caught:
        fagui.parse_file("no-such-file.txt")
    assert caught.value.path == "no-such-file.txt"
    with pytest.raises(ValueError) as caught:
        fagui.parse(b"ab\x00\x01cd")
    assert str(caught.value).startswith("binary data, not text (NUL or control byte at byte 2)")
    assert (caught.value.encoding, caught.value.offset, caught.value.path) == (None, 2, None)
    with pytest.raises(fagui.DecodeError) as caught:
        fagui.parse(b"\xe4\xb8", encoding="utf-8")
    assert caught.value.encoding == "UTF-8" and caught.value.offset == 0
    with pytest.raises(LookupError) as caught:
        fagui.parse(b"x", encoding="latin1")
    assert caught.value.encoding == "latin1"
    with pytest.raises(fagui.InputTooLargeError) as caught:
        fagui.parse(b"0123456789A", max_bytes=10)
    assert caught.value.limit == 10
    with pytest.raises(fagui.InputTooLargeError, match="larger than the limit of 10 bytes"):
        fagui.parse("一、甲乙丙。", max_bytes=10)  # 18 bytes of UTF-8
    assert fagui.parse("一、甲。", max_bytes=12).units[0].num == "1"
    with pytest.raises(fagui.UnsupportedFormatError) as caught:
        fagui.parse(b"\x89PNG\r\n\x1a\n")
    assert caught.value.format == "a PNG image"
    with pytest.raises(fagui.FaguiError) as caught:
        fagui.parse(b"%PDF-1.4\x00\x01")
    assert isinstance(caught.value, (fagui.DocumentError, fagui.PdfToolError))
    if isinstance(caught.value, fagui.DocumentError):
        assert caught.value.format == "PDF"
    with pytest.raises(fagui.OpenDataError, match="no law in the file"):
        fagui.parse('{"Laws": []}')
    assert repr(fagui.DecodeError("x")).startswith("DecodeError(")
    assert fagui.DecodeError.__module__ == "fagui"
    err = pickle.loads(pickle.dumps(fagui.AddressError("no 第五款")))
    assert type(err) is fagui.AddressError


def test_address_errors_equal_the_cli(seed, run_cli):
    for address in ["第九十點", "xx", "前點"]:
        with pytest.raises(fagui.AddressError) as caught:
            seed.get(address)
        assert str(caught.value) == cli_message(run_cli, "get", SEED, address)
        assert isinstance(caught.value, LookupError)
    with pytest.raises(fagui.AddressError, match="no node with id"):
        seed.get("前點", context="point_99")
    with pytest.raises(fagui.AddressError):
        seed.resolve("xx")


def test_pattern_error_equals_the_cli(seed, run_cli):
    with pytest.raises(fagui.PatternError) as caught:
        seed.search("(", regex=True)
    assert str(caught.value) == cli_message(run_cli, "grep", "--regex", "(", SEED)
    assert isinstance(caught.value, ValueError)


# ---------------------------------------------------------------------------
# Threads


def test_threads_give_the_same_documents():
    files = corpus_texts()
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda p: python_json(p), files))
    assert parallel == [python_json(p) for p in files]


def test_parsing_releases_the_gil():
    # While a thread is inside one long parse, this thread must go on running Python:
    # were the GIL held for the call, it could not run at all in the middle of it.
    text = (ROOT / SEED).read_text(encoding="utf-8")
    big = text + "".join(text.split("\n", 1)[1] for _ in range(60))
    window = []

    def work():
        start = time.perf_counter()
        fagui.parse_all(big)
        window.extend([start, time.perf_counter()])

    stamps, last = [], 0.0
    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        now = time.perf_counter()
        if now - last >= 0.0005:
            stamps.append(now)
            last = now
    worker.join()
    start, end = window
    quarter = (end - start) / 4
    assert any(start + quarter < t < end - quarter for t in stamps)


# ---------------------------------------------------------------------------
# The package itself


def test_version():
    assert fagui.__version__ == "0.1.0"


def test_the_license_files_ship_with_the_package():
    from importlib import metadata

    meta = metadata.metadata("fagui")
    assert meta["License-Expression"] == "MIT OR Apache-2.0"
    assert sorted(meta.get_all("License-File")) == ["LICENSE-APACHE", "LICENSE-MIT"]
    for name in ("LICENSE-MIT", "LICENSE-APACHE"):
        assert (ROOT / "python" / name).read_bytes() == (ROOT / name).read_bytes()


def stub_names():
    """Public names of the stub and, per class, its public members."""
    tree = ast.parse((Path(fagui.__file__).parent / "_fagui.pyi").read_text(encoding="utf-8"))
    functions, classes = set(), {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            functions.add(node.name)
        elif isinstance(node, ast.ClassDef):
            members = set()
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    members.add(item.name)
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    members.add(item.target.id)
            classes[node.name] = members
    return functions, classes


def test_the_stubs_describe_the_module():
    functions, classes = stub_names()
    typed_dicts = {"_Record", "_Summary"}
    exported = {n for n in fagui._fagui.__dict__ if not n.startswith("_")}
    assert exported == functions | (set(classes) - typed_dicts)
    assert typed_dicts <= set(classes)
    for name, members in classes.items():
        if name in typed_dicts:
            continue
        cls = getattr(fagui, name)
        runtime = {m for m in dir(cls) if not m.startswith("_")}
        assert runtime == {m for m in members if not m.startswith("_")}, name
    assert (Path(fagui.__file__).parent / "py.typed").exists()


def test_everything_is_exported():
    assert set(fagui.__all__) == {n for n in dir(fagui) if not n.startswith("_")} | {"__version__"}
    for name in fagui.__all__:
        assert getattr(fagui, name) is not None


# ---------------------------------------------------------------------------
# The amendment workflow: apply, tables read back, Word output

CURRENT = "示範要點\n一、本要點依示範法訂定。\n二、本小組置委員五人至七人。\n三、委員任期二年。\n四、本要點自發布日施行。\n"
AMENDMENT = "示範要點第二點修正規定\n修正第二點；增訂第三點之一；刪除第四點\n二、本小組置委員七人至九人。\n三之一、委員得連任一次。\n"


def test_apply_equals_the_cli(tmp_path, run_cli):
    (tmp_path / "cur.txt").write_text(CURRENT, encoding="utf-8")
    (tmp_path / "amd.txt").write_text(AMENDMENT, encoding="utf-8")
    done = fagui.apply(fagui.parse(CURRENT), AMENDMENT)
    code, out, err = run_cli("apply", str(tmp_path / "cur.txt"), str(tmp_path / "amd.txt"))
    assert code == 0
    assert printed(done.document.to_text()) == out
    assert "三之一、委員得連任一次。" in out and "四、" not in out
    assert done.steps == [line.removeprefix("fagui: ") for line in err.splitlines() if not "[" in line]
    assert done.findings == [line.removeprefix("fagui: ") for line in err.splitlines() if "[" in line]
    assert not done.has_errors
    as_json = json.loads(run_cli("apply", "--format", "json", str(tmp_path / "cur.txt"), str(tmp_path / "amd.txt"))[1])
    assert done.to_dict()["steps"] == as_json["steps"]
    assert done.to_dict()["findings"] == as_json["findings"]
    # Bytes (a file's content) and instructions alone.
    again = fagui.apply(fagui.parse(CURRENT), AMENDMENT.encode("utf-8"))
    assert again.document.to_text() == done.document.to_text()
    deleted = fagui.apply(fagui.parse(CURRENT), instructions="刪除第四點")
    assert "四、" not in deleted.document.to_text()
    assert "Applied" in repr(deleted)


def test_apply_reports_what_does_not_fit():
    done = fagui.apply(fagui.parse(CURRENT), "修正第九點\n九、甲。\n")
    assert done.has_errors
    assert any(f.startswith("error[no-such-unit]: 第九點") for f in done.findings)
    with pytest.raises(TypeError):
        fagui.apply(fagui.parse(CURRENT))
    with pytest.raises(TypeError):
        fagui.apply(fagui.parse(CURRENT), 3)


def tree_shape(doc):
    """Title and every node's id, number, caption, text and repeal flag (a table writes
    canonical labels, so labels are left out)."""
    return doc.title, [(n.id, n.num, n.caption, n.text, n.deleted) for n in doc.walk()]


@pytest.mark.parametrize("name", PAIRS[:3])
def test_tables_read_back_and_apply(name, cli):
    old_path, new_path = f"corpus/pairs/{name}.old.txt", f"corpus/pairs/{name}.new.txt"
    old, new = fagui.parse_file(old_path), fagui.parse_file(new_path)
    d = fagui.diff(old, new)
    for table in (d.to_table("md", all=True), d.to_table("html", all=True), d.to_docx(all=True)):
        got_old, got_new = fagui.read_table(table)
        assert tree_shape(got_new) == tree_shape(new)
        assert tree_shape(got_old) == tree_shape(old)
        assert fagui.verify_table(table, old, new) == []
    # The Word table is the command line's, byte for byte.
    done = subprocess.run([str(cli), "diff", "--format", "docx", old_path, new_path], cwd=ROOT, capture_output=True)
    assert d.to_docx() == done.stdout
    # A table of the changes, applied, gives the new version.
    applied = fagui.apply(old, d.to_docx(all=d.stat == "全文修正"), instructions=d.stat)
    assert not applied.has_errors, applied.findings
    assert tree_shape(applied.document) == tree_shape(new)
    # A table that does not match says where.
    wrong = fagui.diff(old, fagui.parse(CURRENT)).to_table("md")
    assert fagui.verify_table(wrong, old, new)
    with pytest.raises(ValueError):
        fagui.read_table("not a table")


def test_document_to_docx_reads_back(seed, cli):
    data = seed.to_docx()
    assert data.startswith(b"PK\x03\x04")
    assert "numbering.xml" in " ".join(zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert fagui.parse(data).to_text() == seed.to_text()
    done = subprocess.run([str(cli), "parse", "--format", "docx", SEED], cwd=ROOT, capture_output=True)
    assert done.stdout == data
