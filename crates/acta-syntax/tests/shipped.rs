//! The shipped model reads the seed article's key sentences as an analyst would.

use acta_core::{Sentence, SentenceKind, Span};
use acta_syntax::Model;

/// The shipped model, or `None` (with a message) in a build made without `data/models/syntax`.
fn shipped() -> Option<Model> {
    match Model::embedded() {
        Ok(m) => Some(m),
        Err(acta_syntax::ModelError::NotEmbedded) => {
            eprintln!("skipped: this build has no data/models/syntax");
            None
        }
        Err(e) => panic!("the shipped model does not load: {e}"),
    }
}

fn parse(model: &Model, text: &str) -> Vec<Sentence> {
    let mut sents = acta_text::sentences(text, &[(Span::new(0, text.len()), SentenceKind::Body)]);
    for s in &mut sents {
        model.annotate(s);
    }
    sents
}

/// The (deprel, head word) of the first token `word`. A name's later parts hang on its first
/// by `flat` in UD (`Volodymyr` ← `Zelensky`): those are followed up to the name's head.
fn rel<'a>(s: &'a Sentence, word: &str) -> (&'a str, &'a str) {
    let mut t = s
        .tokens
        .iter()
        .find(|t| t.text == word)
        .unwrap_or_else(|| panic!("no token {word:?} in {:?}", s.text));
    while t.deprel.as_deref() == Some("flat") && t.head.unwrap_or(0) > 0 {
        t = &s.tokens[t.head.unwrap_or(1) - 1];
    }
    let head = t.head.expect("a head");
    let head_word = if head == 0 {
        "ROOT"
    } else {
        s.tokens[head - 1].text.as_str()
    };
    (t.deprel.as_deref().expect("a deprel"), head_word)
}

fn show(s: &Sentence) -> String {
    s.tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(
                "{} {} {} {} {} {}\n",
                i + 1,
                t.text,
                t.lemma.as_deref().unwrap_or("_"),
                t.upos.as_deref().unwrap_or("_"),
                t.head.unwrap_or(0),
                t.deprel.as_deref().unwrap_or("_")
            )
        })
        .collect()
}

#[test]
fn embedded_model_parses_the_seed_sentences() {
    let Some(model) = shipped() else { return };

    let s = &parse(&model, "Zelensky rejected this possibility.")[0];
    assert_eq!(rel(s, "Zelensky"), ("nsubj", "rejected"), "\n{}", show(s));
    assert_eq!(rel(s, "possibility"), ("obj", "rejected"), "\n{}", show(s));

    let s = &parse(
        &model,
        "Ukrainian President Volodymyr Zelensky rejected this possibility.",
    )[0];
    assert_eq!(rel(s, "Zelensky"), ("nsubj", "rejected"), "\n{}", show(s));
    assert_eq!(rel(s, "possibility"), ("obj", "rejected"), "\n{}", show(s));
    assert_eq!(rel(s, "rejected"), ("root", "ROOT"), "\n{}", show(s));
    let t = s.tokens.iter().find(|t| t.text == "rejected").unwrap();
    assert_eq!(t.lemma.as_deref(), Some("reject"));
    assert_eq!(t.upos.as_deref(), Some("VERB"));

    let s = &parse(
        &model,
        "Speaking at the Shanghai Cooperation Organisation (SCO) summit in China on 1/9, \
         President Putin accused the West of trying to bring Ukraine into its orbit before \
         seeking to draw Kyiv into NATO.",
    )[0];
    assert_eq!(rel(s, "West"), ("obj", "accused"), "\n{}", show(s));
    assert_eq!(rel(s, "Putin"), ("nsubj", "accused"), "\n{}", show(s));
    let t = s.tokens.iter().find(|t| t.text == "accused").unwrap();
    assert_eq!(t.lemma.as_deref(), Some("accuse"));
}

#[test]
fn embedded_model_reads_passives_and_relative_clauses() {
    let Some(model) = shipped() else { return };
    let s = &parse(&model, "Crimea was annexed by Russia in 2014.")[0];
    assert_eq!(rel(s, "Crimea"), ("nsubj:pass", "annexed"), "\n{}", show(s));
    // the agent of a passive: `obl:agent` in EWT
    assert_eq!(rel(s, "Russia"), ("obl:agent", "annexed"), "\n{}", show(s));
    let t = s.tokens.iter().find(|t| t.text == "annexed").unwrap();
    assert_eq!(t.lemma.as_deref(), Some("annex"));

    let s = &parse(
        &model,
        "Russia controls the Crimean Peninsula, which Russia annexed in 2014.",
    )[0];
    assert_eq!(
        rel(s, "annexed"),
        ("acl:relcl", "Peninsula"),
        "\n{}",
        show(s)
    );
    let russia2 = s.tokens.iter().rposition(|t| t.text == "Russia").unwrap();
    let annexed = s.tokens.iter().position(|t| t.text == "annexed").unwrap();
    assert_eq!(s.tokens[russia2].head, Some(annexed + 1), "\n{}", show(s));
    assert_eq!(s.tokens[russia2].deprel.as_deref(), Some("nsubj"));

    let s = &parse(&model, "The troops held the city.")[0];
    let t = s.tokens.iter().find(|t| t.text == "held").unwrap();
    assert_eq!(t.lemma.as_deref(), Some("hold"));
}

#[test]
fn have_before_adverbs_and_a_participle_is_the_perfect_auxiliary() {
    let Some(model) = shipped() else { return };
    for (text, have, participle) in [
        (
            "President Vladimir Putin has repeatedly stated that Russia is ready for talks.",
            "has",
            "stated",
        ),
        (
            "The minister has repeatedly said that the talks failed.",
            "has",
            "said",
        ),
        (
            "The government had not yet announced the results.",
            "had",
            "announced",
        ),
        (
            "Officials have also strongly denied the reports.",
            "have",
            "denied",
        ),
    ] {
        let s = &parse(&model, text)[0];
        let t = s
            .tokens
            .iter()
            .find(|t| t.text == have)
            .expect("the auxiliary");
        assert_eq!(t.upos.as_deref(), Some("AUX"), "{}", show(s));
        assert_eq!(rel(s, have), ("aux", participle), "{}", show(s));
    }
    // "have" with its own object before the participle is the main verb
    let s = &parse(&model, "She had her car repaired last week.")[0];
    let t = s.tokens.iter().find(|t| t.text == "had").expect("had");
    assert_eq!(t.upos.as_deref(), Some("VERB"), "{}", show(s));
    // a floating quantifier between them is an adverb
    let s = &parse(
        &model,
        "The rebels had all previously agreed to the ceasefire.",
    )[0];
    assert_eq!(rel(s, "had"), ("aux", "agreed"), "{}", show(s));
    let t = s.tokens.iter().find(|t| t.text == "all").expect("all");
    assert_eq!(t.upos.as_deref(), Some("ADV"), "{}", show(s));
    // a participle read as a past tense after the auxiliary
    let s = &parse(
        &model,
        "The ministry has never officially said that the talks failed.",
    )[0];
    let t = s.tokens.iter().find(|t| t.text == "said").expect("said");
    assert_eq!(t.xpos.as_deref(), Some("VBN"), "{}", show(s));
    assert_eq!(rel(s, "has"), ("aux", "said"), "{}", show(s));
    // a main "had" in a relative clause before a past tense stays
    let s = &parse(&model, "The money they had later disappeared.")[0];
    let t = s.tokens.iter().find(|t| t.text == "had").expect("had");
    assert_eq!(t.upos.as_deref(), Some("VERB"), "{}", show(s));
}

#[test]
fn a_day_between_subject_and_verb_hangs_on_the_verb() {
    let Some(model) = shipped() else { return };
    // (sentence, subject, verb, day, the day's relation)
    for (text, subject, verb, day, day_rel) in [
        (
            "Russia on Tuesday launched a missile attack on Kyiv.",
            "Russia",
            "launched",
            "Tuesday",
            "obl",
        ),
        (
            "The Kremlin late Sunday accused Ukraine of sabotage.",
            "Kremlin",
            "accused",
            "Sunday",
            "obl:unmarked",
        ),
        (
            "Germany's chancellor today announced new sanctions against Iran.",
            "chancellor",
            "announced",
            "today",
            "obl:unmarked",
        ),
        (
            "The ministry last week said the talks had stalled.",
            "ministry",
            "said",
            "week",
            "obl:unmarked",
        ),
        (
            "Iran on Friday will host the foreign ministers.",
            "Iran",
            "host",
            "Friday",
            "obl",
        ),
        (
            "The company on March 3 reported a quarterly loss.",
            "company",
            "reported",
            "March",
            "obl",
        ),
        // dates in figures and day-month order, as European copy writes them; a surname
        // that is also a verb is a name there
        (
            "Trump on 2/9 expressed great disappointment with Putin.",
            "Trump",
            "expressed",
            "2/9",
            "obl",
        ),
        (
            "Serbia on 21 August rejected the proposal.",
            "Serbia",
            "rejected",
            "August",
            "obl",
        ),
        (
            "The ministry on 21/08/2025 announced new sanctions.",
            "ministry",
            "announced",
            "21/08/2025",
            "obl",
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi on Wednesday received the Saudi crown prince in Cairo.",
            "Abdel",
            "received",
            "Wednesday",
            "obl",
        ),
    ] {
        let s = &parse(&model, text)[0];
        assert_eq!(rel(s, subject), ("nsubj", verb), "{}", show(s));
        assert_eq!(rel(s, day), (day_rel, verb), "{}", show(s));
        assert_eq!(rel(s, verb).0, "root", "{}", show(s));
    }
    // a plural noun read as a verb before the day: "rebels" cannot be a verb there
    for text in [
        "Houthi rebels on Tuesday attacked a ship in the Red Sea.",
        "Ivory Coast rebels on Friday again rejected a peace plan.",
    ] {
        let s = &parse(&model, text)[0];
        let t = s
            .tokens
            .iter()
            .find(|t| t.text == "rebels")
            .expect("rebels");
        assert_eq!(t.upos.as_deref(), Some("NOUN"), "{}", show(s));
        assert_eq!(rel(s, "rebels").0, "nsubj", "{}", show(s));
    }
    // with no second verb after the day, the verb stays a verb
    let s = &parse(&model, "The committee meets on Monday.")[0];
    assert_eq!(rel(s, "meets"), ("root", "ROOT"), "{}", show(s));
    // a day inside a relative clause stays with the clause's verb
    let s = &parse(
        &model,
        "The man who shot the officer on Friday was arrested.",
    )[0];
    assert_eq!(rel(s, "Friday").1, "shot", "{}", show(s));
    // after a verb there is no subject to restore: "on Monday" is the saying's
    let s = &parse(&model, "The army said on Monday that attacks had resumed.")[0];
    assert_eq!(rel(s, "Monday"), ("obl", "said"), "{}", show(s));
}

#[test]
fn the_verb_of_a_mandative_subjunctive_is_a_verb() {
    let Some(model) = shipped() else { return };
    // (sentence, the subjunctive verb, its subject)
    for (text, verb, subject) in [
        (
            "China demanded that the US cancel plans to sell weapons to Taiwan.",
            "cancel",
            "US",
        ),
        (
            "Opposition groups are demanding that President Mugabe abandon his policy.",
            "abandon",
            "Mugabe",
        ),
        (
            "The rebels insisted that the government grant the minority more rights.",
            "grant",
            "government",
        ),
    ] {
        let s = &parse(&model, text)[0];
        let t = s.tokens.iter().find(|t| t.text == verb).expect("the verb");
        assert_eq!(t.upos.as_deref(), Some("VERB"), "{}", show(s));
        assert_eq!(rel(s, subject), ("nsubj", verb), "{}", show(s));
    }
    // a clause that has its verb, and a "that" after no word of demanding, are left alone
    let s = &parse(&model, "Washington urged that Moscow withdraw its troops.")[0];
    assert_eq!(rel(s, "Moscow"), ("nsubj", "withdraw"), "{}", show(s));
    let s = &parse(&model, "He said that the oil company profits rose.")[0];
    let t = s
        .tokens
        .iter()
        .find(|t| t.text == "company")
        .expect("company");
    assert_eq!(t.upos.as_deref(), Some("NOUN"), "{}", show(s));
}

#[test]
fn a_reduced_relative_is_not_the_main_verb() {
    let Some(model) = shipped() else { return };
    // (sentence, noun, participle, main verb, the noun's relation)
    for (text, noun, participle, verb, subj) in [
        (
            "The civilians imprisoned for acting against Moscow were released by Putin.",
            "civilians",
            "imprisoned",
            "released",
            "nsubj:pass",
        ),
        (
            "Soldiers wounded in the attack were taken to hospital.",
            "Soldiers",
            "wounded",
            "taken",
            "nsubj:pass",
        ),
    ] {
        let s = &parse(&model, text)[0];
        assert_eq!(rel(s, verb), ("root", "ROOT"), "{}", show(s));
        assert_eq!(rel(s, noun), (subj, verb), "{}", show(s));
        assert_eq!(rel(s, participle), ("acl", noun), "{}", show(s));
    }
    // a main verb with its own clause after a comma or "that" keeps it
    let s = &parse(
        &model,
        "The Federal Reserve stated, \"These measures are designed to help.\"",
    )[0];
    assert_eq!(rel(s, "stated"), ("root", "ROOT"), "{}", show(s));
    let s = &parse(
        &model,
        "Russia attacked Ukraine and was condemned by the UN.",
    )[0];
    assert_eq!(rel(s, "attacked"), ("root", "ROOT"), "{}", show(s));
}

#[test]
fn a_past_tense_after_a_day_phrase_is_the_clauses_verb() {
    let Some(model) = shipped() else { return };
    // after a date, "expressed" reads like the participle of "the report released Tuesday"
    let s = &parse(
        &model,
        "Former Israeli Prime Minister Naftali Bennett on 3/4 expressed \"deep concern\" that Iran had not stopped its enrichment programme.",
    )[0];
    let t = s.tokens.iter().find(|t| t.text == "expressed").unwrap();
    assert_eq!(t.xpos.as_deref(), Some("VBD"), "{}", show(s));
    assert_eq!(t.deprel.as_deref(), Some("root"), "{}", show(s));
    assert_eq!(rel(s, "Naftali"), ("nsubj", "expressed"), "{}", show(s));
    // a passive participle after the day stays one
    let s = &parse(
        &model,
        "The attack on Monday claimed by the group killed 20 people.",
    )[0];
    let t = s.tokens.iter().find(|t| t.text == "claimed").unwrap();
    assert_eq!(t.xpos.as_deref(), Some("VBN"), "{}", show(s));
}

/// Wire archives write quotation marks as the treebanks of the 1990s did (`` and ''); the
/// model reads them as the straight quote its training data has: the same tree, and a closing
/// '' is never the subject of the cue verb after it.
#[test]
fn treebank_quotes_parse_as_straight_quotes() {
    let Some(model) = shipped() else { return };
    let tex = [
        "`` We plan to use the new jets to grow our business, particularly our routes to Asia, '' says ANA executive Ken Sato.",
        "`` The deal is done, '' says Anna Berg, a lawyer in Oslo.",
        "`` Prices will rise again, '' said the bank's chief economist.",
        "The minister called the plan `` a disaster '' and left the room.",
    ];
    for text in tex {
        let straight = text.replace("``", "\"").replace("''", "\"");
        let a = &parse(&model, text)[0];
        let b = &parse(&model, &straight)[0];
        let tree = |s: &Sentence| -> Vec<(Option<usize>, Option<String>)> {
            s.tokens
                .iter()
                .map(|t| (t.head, t.deprel.clone()))
                .collect()
        };
        assert_eq!(tree(a), tree(b), "{}\n{}", show(a), show(b));
        for t in a.tokens.iter().filter(|t| t.text == "''" || t.text == "``") {
            assert_eq!(t.deprel.as_deref(), Some("punct"), "{}", show(a));
        }
    }
    // the cue verb's subject is the speaker after it, not the closing mark
    let s = &parse(&model, tex[0])[0];
    let says = s.tokens.iter().position(|t| t.text == "says").unwrap() + 1;
    assert!(
        s.tokens.iter().all(|t| !(t.text == "''"
            && t.head == Some(says)
            && t.deprel.as_deref() == Some("nsubj"))),
        "{}",
        show(s)
    );
}
