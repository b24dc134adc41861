//! Each class of expression with several real sentences; values checked in full.

use std::sync::LazyLock;

use acta_core::{DateOrder, Document, RemovedKind};
use acta_text::{Overrides, Preparer, RawArticle};

use super::*;

static TAGGER: LazyLock<DateTagger> = LazyLock::new(DateTagger::new);
static PREPARER: LazyLock<Preparer> = LazyLock::new(Preparer::default);

fn doc_with(text: &str, published: Option<&str>, order: Option<DateOrder>) -> Document {
    let raw = RawArticle::from_text("test", text);
    let over = Overrides {
        published: published.map(str::to_string),
        date_order: order,
        ..Default::default()
    };
    let mut doc = PREPARER.prepare(raw, &over);
    TAGGER.tag(&mut doc);
    doc
}

/// (text, value) of every expression found.
fn tag(text: &str, published: &str) -> Vec<(String, String)> {
    doc_with(text, Some(published), None)
        .dates
        .into_iter()
        .map(|d| (d.text, d.value))
        .collect()
}

/// The value given to the expression written `what`.
fn value(text: &str, published: &str, what: &str) -> String {
    let found = tag(text, published);
    found
        .iter()
        .find(|(t, _)| t == what)
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("{what:?} not found in {text:?}: {found:?}"))
}

fn expr(text: &str, published: &str, what: &str) -> DateExpr {
    let doc = doc_with(text, Some(published), None);
    doc.dates
        .iter()
        .find(|d| d.text == what)
        .cloned()
        .unwrap_or_else(|| panic!("{what:?} not found in {text:?}: {:?}", doc.dates))
}

// 2025-09-03 is a Wednesday.
const WED: &str = "2025-09-03";

#[test]
fn today_yesterday_tomorrow_tonight() {
    assert_eq!(
        value("The minister resigned today.", WED, "today"),
        "2025-09-03"
    );
    assert_eq!(
        value("Talks ended yesterday in Doha.", WED, "yesterday"),
        "2025-09-02"
    );
    assert_eq!(
        value("The vote will be held tomorrow.", WED, "tomorrow"),
        "2025-09-04"
    );
    let t = expr("Fighting resumed tonight near Kherson.", WED, "tonight");
    assert_eq!(
        (t.value.as_str(), t.precision.as_deref()),
        ("2025-09-03TNI", Some("part-of-day"))
    );
    assert_eq!(timex_type(&t), "TIME");
    let d = expr("Talks ended yesterday in Doha.", WED, "yesterday");
    assert_eq!(
        (d.precision.as_deref(), d.anchor.as_deref(), d.kind.as_str()),
        (Some("day"), Some(WED), "date")
    );
    // at the start of a year
    assert_eq!(
        value(
            "He said yesterday that he would run.",
            "2025-01-01",
            "yesterday"
        ),
        "2024-12-31"
    );
}

#[test]
fn weekdays_take_the_tense_of_their_clause() {
    // a trailing attribution does not set the tense of the clause
    assert_eq!(
        value(
            "Israel will evacuate the settlements in mid-August, a spokesman said.",
            "2025-05-02",
            "mid-August"
        ),
        "2025-08"
    );
    // past verbs: the last one (on or before the publication day)
    assert_eq!(
        value(
            "Ukraine said on Tuesday it had repelled an attack.",
            WED,
            "Tuesday"
        ),
        "2025-09-02"
    );
    assert_eq!(
        value("The two leaders met on Friday in Alaska.", WED, "Friday"),
        "2025-08-29"
    );
    assert_eq!(
        value(
            "On Monday, protesters were arrested in Belgrade.",
            WED,
            "Monday"
        ),
        "2025-09-01"
    );
    assert_eq!(
        value(
            "Officials confirmed the deaths on Wednesday.",
            WED,
            "Wednesday"
        ),
        "2025-09-03"
    );
    // future: the next one
    assert_eq!(
        value("The council will vote on Friday.", WED, "Friday"),
        "2025-09-05"
    );
    assert_eq!(
        value(
            "Parliament is due to debate the bill on Tuesday.",
            WED,
            "Tuesday"
        ),
        "2025-09-09"
    );
    assert_eq!(
        value("The summit is expected to open on Monday.", WED, "Monday"),
        "2025-09-08"
    );
    assert_eq!(
        value("The contract may be signed on Thursday.", WED, "Thursday"),
        "2025-09-04"
    );
    assert_eq!(
        value("Markets remain closed until Friday.", WED, "Friday"),
        "2025-09-05"
    );
    // explicit
    assert_eq!(
        value("Troops withdrew last Friday.", WED, "last Friday"),
        "2025-08-29"
    );
    assert_eq!(
        value("They meet again next Monday.", WED, "next Monday"),
        "2025-09-08"
    );
    assert_eq!(
        value("A decision is expected this Friday.", WED, "this Friday"),
        "2025-09-05"
    );
    // a weekday with a date is that date
    assert_eq!(
        value(
            "The ceasefire began on Friday, Aug. 29.",
            WED,
            "Friday, Aug. 29"
        ),
        "2025-08-29"
    );
    // with a part of the day
    assert_eq!(
        value(
            "The explosion happened on Thursday night.",
            WED,
            "Thursday night"
        ),
        "2025-08-28TNI"
    );
}

#[test]
fn named_days_are_not_weekdays() {
    let d = expr(
        "Shares fell more than on Black Monday, analysts said.",
        WED,
        "Black Monday",
    );
    assert_eq!(d.value, "XXXX-XX-XX");
    assert_eq!(
        value(
            "Stocks fell in Europe and Asia Monday.",
            "2008-01-22",
            "Monday"
        ),
        "2008-01-21"
    );
}

#[test]
fn relative_weeks_months_years() {
    assert_eq!(
        value("Prices rose last month.", WED, "last month"),
        "2025-08"
    );
    assert_eq!(
        value("Talks resume next week.", WED, "next week"),
        "2025-W37"
    );
    assert_eq!(
        value("Fighting intensified this week.", WED, "this week"),
        "2025-W36"
    );
    assert_eq!(
        value("Elections were held last year.", WED, "last year"),
        "2024"
    );
    assert_eq!(
        value("Exports fell earlier this year.", WED, "earlier this year"),
        "2025"
    );
    assert_eq!(
        value(
            "A deal is expected later this month.",
            WED,
            "later this month"
        ),
        "2025-09"
    );
    assert_eq!(
        value("The plant will reopen next year.", WED, "next year"),
        "2026"
    );
    assert_eq!(
        value("Output fell in the last quarter.", WED, "the last quarter"),
        "2025-Q2"
    );
    assert_eq!(
        value(
            "Rebels attacked the town three days ago.",
            WED,
            "three days ago"
        ),
        "2025-08-31"
    );
    assert_eq!(
        value("He was arrested a week ago.", WED, "a week ago"),
        "2025-08-27"
    );
    assert_eq!(
        value("The war began two years ago.", WED, "two years ago"),
        "2023"
    );
    assert_eq!(
        value("The talks collapsed last weekend.", WED, "last weekend"),
        "2025-W35-WE"
    );
    assert_eq!(
        value(
            "Most shops were shut during the weekend.",
            WED,
            "the weekend"
        ),
        "2025-W35-WE"
    );
    let d = expr("Growth slowed in the past decade.", WED, "the past decade");
    assert_eq!((d.kind.as_str(), d.value.as_str()), ("duration", "P10Y"));
}

#[test]
fn numeric_dates_in_both_orders() {
    // the article proves its order: 23/7 cannot be month/day
    let doc = doc_with("Talks were held on 23/7 and again on 2/9.", Some(WED), None);
    assert_eq!(doc.article.date_order, Some(DateOrder::Dmy));
    let v: Vec<_> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(v, ["2025-07-23", "2025-09-02"]);
    let doc = doc_with("Talks were held on 7/23 and again on 9/2.", Some(WED), None);
    assert_eq!(doc.article.date_order, Some(DateOrder::Mdy));
    let v: Vec<_> = doc.dates.iter().map(|d| d.value.as_str()).collect();
    assert_eq!(v, ["2025-07-23", "2025-09-02"]);
    // --date-order decides an ambiguous date
    let doc = doc_with(
        "The decree was signed on 3/4.",
        Some(WED),
        Some(DateOrder::Mdy),
    );
    assert_eq!(doc.dates[0].value, "2025-03-04");
    let doc = doc_with(
        "The decree was signed on 3/4.",
        Some(WED),
        Some(DateOrder::Dmy),
    );
    assert_eq!(doc.dates[0].value, "2025-04-03");
    // full dates
    assert_eq!(
        value("It was founded on 21/08/2025.", WED, "21/08/2025"),
        "2025-08-21"
    );
    assert_eq!(
        value("Filed on 2025-08-21 in Kyiv.", WED, "2025-08-21"),
        "2025-08-21"
    );
    assert_eq!(
        value("Signed on 21.08.2024 in Minsk.", WED, "21.08.2024"),
        "2024-08-21"
    );
    // two-digit years; with no order known, the reading nearest the publication date
    assert_eq!(
        value("The memo is dated 7/8/07.", "2007-07-09", "7/8/07"),
        "2007-07-08"
    );
    // fractions and scores are not dates
    assert!(tag("About 3/4 of voters agreed, and 1/2 of them stayed.", WED).is_empty());
}

#[test]
fn outlet_convention_decides_when_the_text_does_not() {
    let raw = RawArticle {
        outlet: Some("CNN".into()),
        ..RawArticle::from_text("t", "The decree was signed on 3/4.")
    };
    let over = Overrides {
        published: Some(WED.into()),
        ..Default::default()
    };
    let mut doc = PREPARER.prepare(raw, &over);
    TAGGER.tag(&mut doc);
    assert_eq!(doc.article.date_order, Some(DateOrder::Mdy));
    assert_eq!(doc.dates[0].value, "2025-03-04");
    // the text's own proof wins over the outlet
    let raw = RawArticle {
        outlet: Some("CNN".into()),
        ..RawArticle::from_text("t", "Signed on 3/4 and ratified on 25/4.")
    };
    let mut doc = PREPARER.prepare(raw, &over);
    TAGGER.tag(&mut doc);
    assert_eq!(doc.article.date_order, Some(DateOrder::Dmy));
    assert_eq!(doc.dates[0].value, "2025-04-03");
}

#[test]
fn month_names_in_every_common_form() {
    assert_eq!(
        value("The blast on Aug. 21 killed five.", WED, "Aug. 21"),
        "2025-08-21"
    );
    assert_eq!(
        value("The blast on 21 August killed five.", WED, "21 August"),
        "2025-08-21"
    );
    assert_eq!(
        value("It opened on August 21st, 2019.", WED, "August 21st, 2019"),
        "2019-08-21"
    );
    assert_eq!(
        value("It opened on July 24, 2003 in Paris.", WED, "July 24, 2003"),
        "2003-07-24"
    );
    assert_eq!(
        value("Inflation peaked in August 2025.", WED, "August 2025"),
        "2025-08"
    );
    assert_eq!(
        value("The rate fell in May of 2008.", WED, "May of 2008"),
        "2008-05"
    );
    let d = expr("Troops arrived in mid-August.", WED, "mid-August");
    assert_eq!(
        (d.value.as_str(), d.modifier.as_deref()),
        ("2025-08", Some("MID"))
    );
    let d = expr(
        "The talks will resume in early September.",
        WED,
        "early September",
    );
    assert_eq!(
        (d.value.as_str(), d.modifier.as_deref()),
        ("2025-09", Some("START"))
    );
    // year from the tense: past months are this year's or last year's
    assert_eq!(
        value("The law was passed in November.", WED, "November"),
        "2024-11"
    );
    assert_eq!(
        value("The law will take effect in January.", WED, "January"),
        "2026-01"
    );
    assert_eq!(
        value(
            "The summit will be held on October 12.",
            "2005-10-04",
            "October 12"
        ),
        "2005-10-12"
    );
    assert_eq!(
        value(
            "The dealers will not be renewed after October of next year.",
            "2009-05-15",
            "October of next year"
        ),
        "2010-10"
    );
    // "may" the verb and "June" the name are not months
    assert!(tag("Prices may rise, June Smith said.", WED).is_empty());
    assert_eq!(value("Elections were held in May.", WED, "May"), "2025-05");
}

#[test]
fn years_decades_centuries() {
    assert_eq!(value("Russia annexed Crimea in 2014.", WED, "2014"), "2014");
    let d = expr("Russia annexed Crimea in 2014.", WED, "2014");
    assert_eq!((d.precision.as_deref(), d.anchor), (Some("year"), None));
    let d = expr("Prices doubled in the 1990s.", WED, "the 1990s");
    assert_eq!(
        (d.value.as_str(), d.precision.as_deref()),
        ("199", Some("decade"))
    );
    assert_eq!(
        value("Cars of the 70s and 80s were boxy.", WED, "the 70s"),
        "197"
    );
    assert_eq!(
        value("Cars of the 70s and 80s were boxy.", WED, "80s"),
        "198"
    );
    assert_eq!(value("The firm was founded in '82.", WED, "'82"), "1982");
    let d = expr("Rates rose in the mid-1990s.", WED, "mid-1990s");
    assert_eq!(
        (d.value.as_str(), d.modifier.as_deref()),
        ("199", Some("MID"))
    );
    assert_eq!(
        value("It dates from the 20th century.", WED, "the 20th century"),
        "19"
    );
    let d = expr(
        "The index will be launched in mid-2011.",
        "2010-10-20",
        "mid-2011",
    );
    assert_eq!(
        (d.value.as_str(), d.modifier.as_deref()),
        ("2011", Some("MID"))
    );
    let d = expr("It grew in late 2006.", WED, "late 2006");
    assert_eq!(
        (d.value.as_str(), d.modifier.as_deref()),
        ("2006", Some("END"))
    );
    // counts and amounts are not years
    assert!(tag(
        "Some 2000 troops and $1999 in cash; the Russell 2000 Index fell.",
        WED
    )
    .is_empty());
    assert_eq!(value("Apple held WWDC 2005 in June.", WED, "2005"), "2005");
}

#[test]
fn ranges_since_from_between() {
    let d = expr(
        "Three rounds of talks were held since the beginning of the year.",
        WED,
        "the beginning of the year",
    );
    assert_eq!(
        (d.kind.as_str(), d.value.as_str(), d.end_value.as_deref()),
        ("range", "2025-01-01", Some(WED))
    );
    let d = expr("Prices have doubled since 2014.", WED, "2014");
    assert_eq!(
        (d.kind.as_str(), d.value.as_str(), d.end_value.as_deref()),
        ("range", "2014", Some(WED))
    );
    let d = expr("He served from 2009 to 2011.", WED, "from 2009 to 2011");
    assert_eq!(
        (d.kind.as_str(), d.value.as_str(), d.end_value.as_deref()),
        ("range", "2009", Some("2011"))
    );
    let d = expr(
        "Output fell between April and June.",
        WED,
        "between April and June",
    );
    assert_eq!(
        (d.value.as_str(), d.end_value.as_deref()),
        ("2025-04", Some("2025-06"))
    );
    let d = expr("The 2009-2011 crisis.", WED, "2009-2011");
    assert_eq!(
        (d.value.as_str(), d.end_value.as_deref()),
        ("2009", Some("2011"))
    );
}

#[test]
fn durations() {
    let d = expr(
        "The talks stalled after more than three years without dialogue.",
        WED,
        "more than three years",
    );
    assert_eq!(
        (
            d.kind.as_str(),
            d.value.as_str(),
            d.modifier.as_deref(),
            d.precision
        ),
        ("duration", "P3Y", Some("MORE_THAN"), None)
    );
    assert_eq!(
        value("The siege lasted 18 months.", WED, "18 months"),
        "P18M"
    );
    assert_eq!(
        value(
            "He served almost two and a half years.",
            WED,
            "almost two and a half years"
        ),
        "P2.5Y"
    );
    assert_eq!(
        value("It took thirty minutes.", WED, "thirty minutes"),
        "PT30M"
    );
    assert_eq!(
        value("Talks went on for several years.", WED, "several years"),
        "PXY"
    );
    assert_eq!(
        value("They signed a three-year deal.", WED, "three-year"),
        "P3Y"
    );
    assert_eq!(value("A 12-year-old boy was hurt.", WED, "12-year"), "P12Y");
    assert_eq!(
        value(
            "Shares rose for the past nine days.",
            WED,
            "the past nine days"
        ),
        "P9D"
    );
    assert_eq!(
        value(
            "Growth will slow over the next four years.",
            WED,
            "the next four years"
        ),
        "P4Y"
    );
    assert_eq!(value("It lost money for decades.", WED, "decades"), "PXDE");
    assert_eq!(
        value(
            "Stocks fell for six straight days.",
            WED,
            "six straight days"
        ),
        "P6D"
    );
    assert_eq!(
        value(
            "The rebuilding took twenty-five years.",
            WED,
            "twenty-five years"
        ),
        "P25Y"
    );
    assert_eq!(
        value("It ended a decades-long feud.", WED, "decades-long"),
        "PXDE"
    );
    // fractions, ordinals and verbs are not durations
    assert!(tag("A second A380 flew to Sydney.", WED).is_empty());
    assert!(tag("Such contracts may last months.", WED).is_empty());
    assert!(tag(
        "About a quarter of the vote went to him; a second attempt failed.",
        WED
    )
    .is_empty());
    assert_eq!(value("It lasted a second.", WED, "a second"), "PT1S");
}

#[test]
fn sets() {
    let d = expr("The annual report was published.", WED, "annual");
    assert_eq!((d.kind.as_str(), d.value.as_str()), ("set", "P1Y"));
    assert_eq!(value("Leaders meet twice a year.", WED, "a year"), "P1Y");
    assert_eq!(value("Sales are reported weekly.", WED, "weekly"), "P1W");
    assert_eq!(
        value("Protests are held every Monday.", WED, "every Monday"),
        "XXXX-WXX-1"
    );
    assert_eq!(
        value(
            "Elections take place every four years.",
            WED,
            "every four years"
        ),
        "P4Y"
    );
}

#[test]
fn quarters_halves_seasons_weeks_of_months() {
    assert_eq!(
        value(
            "Profit rose in the first quarter of 2009.",
            WED,
            "the first quarter of 2009"
        ),
        "2009-Q1"
    );
    assert_eq!(
        value(
            "Sales fell in the first quarter of last year.",
            WED,
            "the first quarter of last year"
        ),
        "2024-Q1"
    );
    assert_eq!(
        value(
            "It lost $4.8 billion in the fourth quarter.",
            "2007-03-13",
            "the fourth quarter"
        ),
        "2006-Q4"
    );
    assert_eq!(
        value(
            "It expects a profit in the fourth quarter.",
            "2006-08-19",
            "the fourth quarter"
        ),
        "2006-Q4"
    );
    assert_eq!(
        value("Third-quarter profit fell.", "2009-11-03", "Third-quarter"),
        "2009-Q3"
    );
    assert_eq!(
        value("It reported losses for Q3 2024.", WED, "Q3 2024"),
        "2024-Q3"
    );
    assert_eq!(
        value(
            "Growth slowed in the second half of 2024.",
            WED,
            "the second half of 2024"
        ),
        "2024-H2"
    );
    assert_eq!(
        value("An offensive is expected in the spring.", WED, "the spring"),
        "2026-SP"
    );
    assert_eq!(
        value("The offensive stalled in spring 2024.", WED, "spring 2024"),
        "2024-SP"
    );
    assert_eq!(
        value("The offensive began last autumn.", WED, "last autumn"),
        "2024-FA"
    );
    assert_eq!(
        value(
            "Sales rebounded in the last week of March.",
            "2009-04-01",
            "the last week of March"
        ),
        "2009-W13"
    );
    // "fall" the verb and the noun is not a season
    assert!(tag("Prices fall as the fall in demand continues.", WED).is_empty());
}

#[test]
fn clock_times() {
    let d = expr(
        "The speech began at 16:00 UTC today.",
        "2009-06-01",
        "16:00 UTC today",
    );
    assert_eq!(
        (d.value.as_str(), timex_type(&d)),
        ("2009-06-01T16:00Z", "TIME")
    );
    assert_eq!(
        value("It landed at 6:40 p.m. on Tuesday.", WED, "6:40 p.m."),
        "2025-09-03T18:40"
    );
    assert_eq!(
        value("Markets opened at 0800 GMT.", WED, "0800 GMT"),
        "2025-09-03T08:00Z"
    );
    assert_eq!(
        value("He spoke this morning.", WED, "this morning"),
        "2025-09-03TMO"
    );
}

#[test]
fn references_and_anaphora() {
    assert_eq!(
        value("He recently visited Kyiv.", WED, "recently"),
        "PAST_REF"
    );
    assert_eq!(
        value("Peace may come in the near future.", WED, "the near future"),
        "FUTURE_REF"
    );
    // "the day" is the day last mentioned
    let d = expr(
        "Stocks fell 5% on Monday, ending the day down.",
        WED,
        "the day",
    );
    assert_eq!(
        (d.value.as_str(), d.anchor.as_deref()),
        ("2025-09-01", Some("2025-09-01"))
    );
    // "two days later" counts from the date last mentioned
    let d = expr(
        "Talks began on 21 August. Two days later they collapsed.",
        WED,
        "Two days later",
    );
    assert_eq!(
        (d.value.as_str(), d.anchor.as_deref()),
        ("2025-08-23", Some("2025-08-21"))
    );
    // "the same period last year" is the last period mentioned, a year back
    assert_eq!(
        value(
            "Sales rose 43% in February compared to the same period last year.",
            "2010-03-03",
            "the same period last year"
        ),
        "2009-02"
    );
    assert_eq!(
        value(
            "The deal will close by June 10. If not agreed by that time, it lapses.",
            "2011-05-29",
            "that time"
        ),
        "2011-06-10"
    );
}

#[test]
fn without_a_publication_date_spans_are_found_but_not_resolved() {
    let doc = doc_with("Talks ended yesterday; they resume next week, on 21 August, and lasted three years since 2014.", None, None);
    let v: Vec<_> = doc
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str(), d.anchor.is_none()))
        .collect();
    assert_eq!(
        v,
        [
            ("yesterday", "XXXX-XX-XX", true),
            ("next week", "XXXX-WXX", true),
            ("21 August", "XXXX-08-21", true),
            ("three years", "P3Y", true),
            ("2014", "2014", true),
        ]
    );
}

#[test]
fn publication_date_from_the_dateline() {
    let text = "KYIV, June 24 (Reuters) - Ukraine said on Tuesday it had repelled an attack.";
    // with a year in the URL
    let raw = RawArticle {
        url: Some("https://www.reuters.com/world/europe/2025/ukraine-attack".into()),
        ..RawArticle::from_text("t", text)
    };
    let mut doc = PREPARER.prepare(raw, &Overrides::default());
    assert!(doc
        .removed
        .iter()
        .any(|r| r.kind == RemovedKind::Byline && r.text.starts_with("KYIV")));
    TAGGER.tag(&mut doc);
    assert_eq!(doc.article.published.as_deref(), Some("2025-06-24"));
    assert_eq!(doc.article.published_source.as_deref(), Some("dateline"));
    // 2025-06-24 is a Tuesday: "on Tuesday" is that day
    assert_eq!(doc.dates[0].value, "2025-06-24");
    // a year in the dateline itself
    let doc = doc_with(
        "LONDON, 24 June 2024 (AFP) - Britain said on Monday it would act.",
        None,
        None,
    );
    assert_eq!(doc.article.published.as_deref(), Some("2024-06-24"));
    // no year anywhere: not guessed, and the user is told
    let doc = doc_with(text, None, None);
    assert_eq!(doc.article.published, None);
    assert!(
        doc.warnings.iter().any(|w| w.contains("no year")),
        "{:?}",
        doc.warnings
    );
    assert_eq!(doc.dates[0].value, "XXXX-WXX-2");
    // a full date in the URL wins
    let raw = RawArticle {
        url: Some("https://example.org/news/2025/06/23/story".into()),
        ..RawArticle::from_text("t", text)
    };
    let mut doc = PREPARER.prepare(raw, &Overrides::default());
    TAGGER.tag(&mut doc);
    assert_eq!(
        (
            doc.article.published.as_deref(),
            doc.article.published_source.as_deref()
        ),
        (Some("2025-06-23"), Some("url"))
    );
    // a date given by the input is never replaced
    let doc = doc_with(text, Some("2025-06-25"), None);
    assert_eq!(doc.article.published_source.as_deref(), Some("flag"));
}

#[test]
fn years_in_urls() {
    assert_eq!(year_in_url("https://x.com/world/2025/story-x"), Some(2025));
    assert_eq!(year_in_url("https://x.com/world/2024/2025-plan"), None);
    assert_eq!(year_in_url("https://x.com/world/story"), None);
}

#[test]
fn dates_in_a_span_for_a_clause() {
    let doc = doc_with("Talks were held on 23/7 in Istanbul. Lavrov spoke on 2/9 and said talks would go on next week.", Some(WED), None);
    let s1 = &doc.sentences[1];
    let hits: Vec<_> = dates_in_span(&doc, s1.start, s1.end)
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(hits, ["2/9", "next week"]);
    let s0 = &doc.sentences[0];
    let hits: Vec<_> = dates_in_span(&doc, s0.start, s0.end)
        .map(|d| d.value.as_str())
        .collect();
    assert_eq!(hits, ["2025-07-23"]);
    assert_eq!(dates_in_span(&doc, 0, 0).count(), 0);
}

#[test]
fn every_span_is_its_text_and_in_its_sentence() {
    let doc = doc_with(
        "On Monday, March 3, 2025, the minister said that since 2014 prices had tripled, and that by mid-2026 they could double again. Talks resume next week.",
        Some(WED),
        None,
    );
    assert!(doc.dates.len() >= 4, "{:?}", doc.dates);
    for d in &doc.dates {
        assert_eq!(&doc.text[d.start..d.end], d.text);
        let s = &doc.sentences[d.sentence];
        assert!(s.start <= d.start && d.end <= s.end);
    }
    assert!(doc.dates.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn the_tagger_is_shareable() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<DateTagger>();
}

/// The Dates table of `../shared/seed/EXPECTED.md`, on the seed article itself.
#[test]
fn seed_article_dates_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/seed/000_9b608a54e0beaff9.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not present", path.display());
        return;
    };
    let doc = doc_with(&text, Some("2025-09-03"), None);
    assert_eq!(doc.article.date_order, Some(DateOrder::Dmy));
    let find = |t: &str| {
        doc.dates
            .iter()
            .find(|d| d.text.contains(t))
            .unwrap_or_else(|| panic!("{t:?} not found: {:?}", doc.dates))
    };
    for (t, v) in [
        ("today", "2025-09-03"),
        ("21/8", "2025-08-21"),
        ("2014", "2014"),
        ("1/9", "2025-09-01"),
        ("23/7", "2025-07-23"),
        ("2/9", "2025-09-02"),
    ] {
        let d = find(t);
        assert_eq!((d.value.as_str(), d.kind.as_str()), (v, "date"), "{t}");
    }
    let caption = find("21/8");
    assert_eq!(
        doc.sentences[caption.sentence].kind,
        acta_core::SentenceKind::Caption
    );
    assert_eq!(find("2014").precision.as_deref(), Some("year"));
    let since = find("beginning of the year");
    assert_eq!(
        (
            since.kind.as_str(),
            since.value.as_str(),
            since.end_value.as_deref()
        ),
        ("range", "2025-01-01", Some("2025-09-03"))
    );
    let dur = find("three years");
    assert_eq!((dur.kind.as_str(), dur.value.as_str()), ("duration", "P3Y"));
    assert_eq!(dur.text, "more than three years");
}
