"""`manage.py moderate --jsonl FILE`: one JSON verdict line per input line."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from forum.moderation.models import WatchedRule

pytestmark = pytest.mark.django_db

LINES = [
    {"id": 1, "text": "give him 0.5 mg of clonazepam before bed"},
    {"id": "b", "text": "Our paediatrician said it is benign sleep myoclonus."},
    {"id": 3, "text": "She is not breathing and her lips are blue"},
    {"id": 4, "text": "Try the miracle cure everyone talks about"},
]


def _run(tmp_path, lines) -> list[dict]:
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = io.StringIO()
    call_command("moderate", "--jsonl", str(path), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_verdict_line_per_input_with_watched_rules(tmp_path):
    WatchedRule.objects.create(pattern="miracle cure", action="refuse")
    rows = _run(tmp_path, LINES)
    assert [r["id"] for r in rows] == [1, "b", 3, 4]
    assert [r["action"] for r in rows] == ["hold", "publish", "publish_urgent", "refuse"]
    assert rows[0]["categories"] == ["dose_advice"]
    assert rows[0]["spans"] == [[9, 15]]
    assert rows[0]["reasons"]
    assert set(rows[0]) == {"id", "action", "urgent", "reasons", "categories", "spans"}
    assert [r["urgent"] for r in rows] == [False, False, True, False]


def test_lines_of_a_thread_are_judged_in_order_so_a_repost_is_found(tmp_path):
    question = "Has anyone's baby had the jerks only in the car seat when dozing off?"
    lines = [
        {"id": "t1-1", "thread": "t1", "author": "u1", "text": question},
        {"id": "t1-2", "thread": "t1", "author": "u2", "text": question},
        {"id": "t1-3", "thread": "t1", "author": "u1", "text": question + " Sorry, bumping"},
        {"id": "t2-1", "thread": "t2", "author": "u1", "text": question},
    ]
    rows = _run(tmp_path, lines)
    assert [("duplicate" in r["categories"]) for r in rows] == [False, False, True, False]
    assert rows[2]["action"] == "hold"


def test_a_follow_up_line_is_read_against_its_thread(tmp_path):
    opening = "My 3 year old is having a fit on the sofa, arms stiff and jerking, lips a bit grey"
    update = "third one starting now"
    lines = [
        {"id": "t1-1", "thread": "t1", "author": "u1", "text": opening},
        {"id": "t1-2", "thread": "t1", "author": "u2", "text": "Ring 999 now, don't wait here"},
        {"id": "t1-3", "thread": "t1", "author": "u1", "reply_to": "t1-2", "text": update},
        {"id": "t2-1", "thread": "t2", "author": "u1", "text": update},
    ]
    rows = _run(tmp_path, lines)
    assert [r["urgent"] for r in rows] == [True, False, True, False]
    assert rows[2]["action"] == "publish_urgent"
    assert rows[2]["categories"] == ["emergency"]
    assert rows[3]["action"] == "publish"


def test_reads_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(LINES[1]) + "\n"))
    out = io.StringIO()
    call_command("moderate", "--jsonl", "-", stdout=out)
    assert json.loads(out.getvalue())["action"] == "publish"


def test_bad_lines_are_reported_and_the_rest_still_checked(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text('{"id": 1, "text": "hello there"}\nnot json\n{"id": 2}\n')
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="2 bad line"):
        call_command("moderate", "--jsonl", str(path), stdout=out, stderr=err)
    assert len(out.getvalue().splitlines()) == 1
    assert "line 2" in err.getvalue()
    assert "line 3" in err.getvalue()


def test_missing_file(tmp_path):
    with pytest.raises(CommandError, match="can't read"):
        call_command("moderate", "--jsonl", str(tmp_path / "nope.jsonl"))
