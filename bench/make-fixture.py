#!/usr/bin/env python3
"""Writes bench/content/bench-assessment: a one-lesson course whose final assessment has 20
questions of five types, shuffled, with no attempt or time limit, so that the benchmark can
start and submit attempts again and again. Run it after changing this file; the output is
committed."""
import pathlib

ROOT = pathlib.Path(__file__).parent / "content" / "bench-assessment"
manifest = ['''# Benchmark fixture (bench/make-fixture.py writes it): not a real course.
format = 1
id = "bench-assessment"
slug = "bench-assessment"
locales = ["en"]

[accreditation]
hours = 1
level = "introductory"

[completion]
all_lessons = true
pass = ["final"]
survey = false

[[outcomes]]
id = "lo-1"

[[modules]]
id = "m-1"

[[lessons]]
id = "l-1"
module = "m-1"

[[assessments]]
id = "final"
kind = "final"
pass_mark = 70
shuffle_questions = true
shuffle_choices = true
review = "correct-answers"
''']
texts = ["""course = Benchmark course
    .summary = A fixture for bench/run.sh.
lo-1 = Answer twenty questions.
m-1 = Module
l-1 = Lesson
final = Final assessment
"""]
for n in range(1, 21):
    q = f"q-{n}"
    kind = ["single-choice"] * 8 + ["multiple-response"] * 4 + ["true-false"] * 4 + ["ordering"] * 2 + ["numeric"] * 2
    t = kind[n - 1]
    manifest.append(f'\n[[assessments.questions]]\nid = "{q}"\ntype = "{t}"\noutcomes = ["lo-1"]\n')
    texts.append(f"{q} = Question {n}\n")
    if t in ("single-choice", "multiple-response"):
        manifest.append('choices = ["a", "b", "c", "d"]\n')
        manifest.append('correct = ["a"]\n' if t == "single-choice" else 'correct = ["a", "c"]\n')
        texts += [f"{q}_{c} = Choice {c}\n" for c in "abcd"]
    elif t == "true-false":
        manifest.append(f"answer = {'true' if n % 2 else 'false'}\n")
    elif t == "ordering":
        manifest.append('items = ["first", "second", "third", "fourth"]\n')
        texts += [f"{q}_{i} = Item {i}\n" for i in ("first", "second", "third", "fourth")]
    else:
        manifest.append(f"value = {1990 + n}\n")

(ROOT / "locales" / "en" / "lessons").mkdir(parents=True, exist_ok=True)
(ROOT / "course.toml").write_text("".join(manifest))
(ROOT / "locales" / "en" / "course.ftl").write_text("".join(texts))
(ROOT / "locales" / "en" / "lessons" / "l-1.md").write_text("# Lesson\n\nA short lesson.\n")
