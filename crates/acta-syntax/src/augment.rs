//! Training-data augmentation for constructions news has and the treebanks lack.
//!
//! **Wire-style time adverbials between subject and verb.** Agency copy puts the day between
//! the subject and its verb: "Russia on Tuesday launched ...", "Iran late Sunday accused ...",
//! "The Kremlin Monday rejected ...". UD EWT (web text) and GUM have few such sentences, and a
//! parser trained on them often makes the subject the root and hangs the verb off it as
//! `parataxis`, which loses the event's actor. [`wire_dates`] copies some training sentences
//! whose nominal subject stands right before its finite verb and inserts a day there, with the
//! annotation UD gives it: `on`/`case` + `Tuesday`/`obl`, `late`/`advmod` + `Sunday`/
//! `obl:unmarked`, or a bare `Monday`/`obl:unmarked`. Copies are chosen deterministically
//! (every `1/rate`-th eligible sentence), so training stays reproducible.

use acta_core::conllu::{ConlluSentence, Word};

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Where a time adverbial can go: before the finite verb `verb` (0-based), right after its
/// nominal subject, with no multiword tokens in the sentence.
fn insertion_point(s: &ConlluSentence) -> Option<usize> {
    if !s.multiwords.is_empty() {
        return None;
    }
    let w = &s.words;
    for (i, x) in w.iter().enumerate() {
        if x.deprel != "nsubj" || !matches!(x.upos.as_str(), "NOUN" | "PROPN") {
            continue;
        }
        let Some(v) = x.head.checked_sub(1) else {
            continue;
        };
        if v <= i || w[v].upos != "VERB" || !matches!(w[v].xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        // the subject's phrase ends right before the verb: every word between the subject
        // and the verb hangs (transitively) on the subject
        let under_subject = |mut t: usize| {
            for _ in 0..w.len() {
                if t == i {
                    return true;
                }
                match w[t].head.checked_sub(1) {
                    Some(h) => t = h,
                    None => return false,
                }
            }
            false
        };
        if (i + 1..v).all(under_subject) && !w[v - 1].upos.starts_with("PUNCT") {
            return Some(v);
        }
    }
    None
}

/// `(form, lemma, upos, xpos, feats, head offset or verb, deprel)` of the words to insert:
/// `Some(k)` heads on the k-th inserted word, `None` on the verb.
type NewWord = (
    &'static str,
    String,
    &'static str,
    &'static str,
    &'static str,
    Option<usize>,
    &'static str,
);

fn adverbial(variant: usize, day: &'static str) -> Vec<NewWord> {
    let sing = "Number=Sing";
    match variant % 3 {
        0 => vec![
            ("on", "on".into(), "ADP", "IN", "_", Some(1), "case"),
            (day, day.into(), "PROPN", "NNP", sing, None, "obl"),
        ],
        1 => vec![
            (
                "late",
                "late".into(),
                "ADV",
                "RB",
                "Degree=Pos",
                Some(1),
                "advmod",
            ),
            (day, day.into(), "PROPN", "NNP", sing, None, "obl:unmarked"),
        ],
        _ => vec![(day, day.into(), "PROPN", "NNP", sing, None, "obl:unmarked")],
    }
}

/// A copy of `s` with the adverbial inserted before word `v` (0-based).
fn insert(s: &ConlluSentence, v: usize, add: &[NewWord]) -> ConlluSentence {
    let k = add.len();
    // 1-based ids: words before v keep theirs, v and later move by k
    let moved = |id: usize| if id > v { id + k } else { id };
    let mut words: Vec<Word> = Vec::with_capacity(s.words.len() + k);
    for w in &s.words[..v] {
        let mut w = w.clone();
        w.head = if w.head == 0 { 0 } else { moved(w.head) };
        words.push(w);
    }
    let verb_id = v + 1 + k;
    for (j, (form, lemma, upos, xpos, feats, head, rel)) in add.iter().enumerate() {
        words.push(Word {
            id: v + 1 + j,
            form: (*form).to_string(),
            lemma: lemma.clone(),
            upos: (*upos).to_string(),
            xpos: (*xpos).to_string(),
            feats: (*feats).to_string(),
            head: head.map_or(verb_id, |h| v + 1 + h),
            deprel: (*rel).to_string(),
            misc: "_".to_string(),
        });
    }
    for w in &s.words[v..] {
        let mut w = w.clone();
        w.id += k;
        w.head = if w.head == 0 { 0 } else { moved(w.head) };
        words.push(w);
    }
    ConlluSentence {
        comments: vec!["augmented = wire date".to_string()],
        words,
        multiwords: Vec::new(),
    }
}

/// Copies of one in `rate` of the sentences that have a nominal subject right before its
/// finite verb, each with a day inserted between them (see the module documentation).
/// `rate` 0 adds nothing.
pub fn wire_dates(sents: &[ConlluSentence], rate: usize) -> Vec<ConlluSentence> {
    if rate == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut eligible = 0usize;
    for s in sents {
        let Some(v) = insertion_point(s) else {
            continue;
        };
        eligible += 1;
        if !eligible.is_multiple_of(rate) {
            continue;
        }
        let n = out.len();
        out.push(insert(s, v, &adverbial(n, DAYS[n % DAYS.len()])));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use acta_core::conllu::parse as parse_conllu;

    const SENT: &str = "# text = The Kremlin rejected the plan.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tKremlin\tKremlin\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\trejected\treject\tVERB\tVBD\t_\t0\troot\t_\t_
4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
5\tplan\tplan\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

";

    #[test]
    fn a_day_goes_between_subject_and_verb_with_ud_relations() {
        let sents = parse_conllu(SENT).unwrap();
        let out = wire_dates(&sents, 1);
        assert_eq!(out.len(), 1);
        let w = &out[0].words;
        let forms: Vec<&str> = w.iter().map(|w| w.form.as_str()).collect();
        assert_eq!(
            forms,
            ["The", "Kremlin", "on", "Monday", "rejected", "the", "plan", "."]
        );
        // ids renumbered, heads follow their words
        assert!(w.iter().enumerate().all(|(i, w)| w.id == i + 1));
        assert_eq!((w[1].head, w[1].deprel.as_str()), (5, "nsubj"));
        assert_eq!((w[2].head, w[2].deprel.as_str()), (4, "case"));
        assert_eq!((w[3].head, w[3].deprel.as_str()), (5, "obl"));
        assert_eq!((w[4].head, w[4].deprel.as_str()), (0, "root"));
        assert_eq!((w[6].head, w[6].deprel.as_str()), (5, "obj"));
        assert_eq!(w[5].head, 7);
    }

    #[test]
    fn pronoun_subjects_auxiliaries_and_late_subjects_are_not_eligible() {
        // a pronoun subject, a subject after its verb, and an auxiliary between them
        let pron = SENT.replace("Kremlin\tKremlin\tPROPN", "It\tit\tPRON");
        assert!(wire_dates(&parse_conllu(&pron).unwrap(), 1).is_empty());
        let aux = "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_
3\tlaunched\tlaunch\tVERB\tVBN\t_\t0\troot\t_\t_

";
        assert!(wire_dates(&parse_conllu(aux).unwrap(), 1).is_empty());
    }

    #[test]
    fn one_in_rate_is_copied_and_the_variants_alternate() {
        let sents: Vec<ConlluSentence> = (0..6).flat_map(|_| parse_conllu(SENT).unwrap()).collect();
        let out = wire_dates(&sents, 2);
        assert_eq!(out.len(), 3);
        let inserted: Vec<String> = out
            .iter()
            .map(|s| {
                s.words[2..s.words.len() - 4]
                    .iter()
                    .map(|w| w.form.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(inserted, ["on Monday", "late Tuesday", "Wednesday"]);
        assert!(wire_dates(&sents, 0).is_empty());
    }
}
