//! English calendar words, lowercased: the one list of month and weekday names that the
//! page dates of `acta-text`, the syntax repairs, the date recognizer and the place recognizer
//! share.

/// The months' full names, in order (`MONTHS[2]` is "march").
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The months' usual abbreviations, without their full stop ("sept" as well as "sep").
pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The days of the week, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The days named from the day of writing.
pub const DEICTIC_DAYS: [&str; 3] = ["today", "yesterday", "tonight"];

/// The number of a month's full name, lowercased (`march` → 3).
pub fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().position(|&m| m == w).map(|p| p as u32 + 1)
}

/// A weekday or a day named from the day of writing ("Sunday", "today"), in any case.
pub fn is_day(w: &str) -> bool {
    WEEKDAYS
        .iter()
        .chain(&DEICTIC_DAYS)
        .any(|d| w.eq_ignore_ascii_case(d))
}

/// A month's full name or abbreviation, or a weekday, lowercased.
pub fn is_calendar_word(w: &str) -> bool {
    MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w) || WEEKDAYS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_numbered_from_one() {
        assert_eq!(month_number("january"), Some(1));
        assert_eq!(month_number("march"), Some(3));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("mar"), None);
        assert_eq!(month_number("March"), None);
    }

    #[test]
    fn days() {
        for w in ["Sunday", "monday", "TODAY", "tonight"] {
            assert!(is_day(w), "{w}");
        }
        for w in ["Sundays", "week", "tomorrowland"] {
            assert!(!is_day(w), "{w}");
        }
    }

    #[test]
    fn calendar_words() {
        for w in ["may", "sept", "dec", "sunday"] {
            assert!(is_calendar_word(w), "{w}");
        }
        for w in ["mayday", "marching", "sun", "today"] {
            assert!(!is_calendar_word(w), "{w}");
        }
    }
}
