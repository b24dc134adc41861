//! The `acta` command line: argument parsing and dispatch only. The work is in `acta::cmd`.

use std::path::PathBuf;
use std::process::ExitCode;

use acta::cmd::{self, InputArgs, MetaArgs};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "acta",
    version,
    about = "News articles in, an evidence-linked database of political events and statements out.",
    long_about = "Acta reads news articles (text, HTML, JSON Lines, RSS/Atom; plain, gzip or zstd; files, \
directories or stdin), cleans them, splits sentences and tokens, and codes who did what to whom, when \
and where, and who said what. Every record points back to the words it came from.",
    after_help = "Examples:
  acta demo                                   ingest the bundled sample articles into ./acta.db, print a summary
  acta code article.txt --published 2025-09-03
                                              print the coded document as JSON
  acta code feeds/ --format jsonl > docs.jsonl
                                              code every article under feeds/, one JSON document per line
  curl -s https://example.org/story.html | acta code - --url https://example.org/story.html
                                              code a page from stdin
  acta ingest archive.jsonl.zst --db news.db  code and store a compressed JSON Lines archive
  acta eval tokens --gold en_ewt-ud-test.conllu
                                              measure tokenization and sentence splitting
  acta places lookup Kiev                     what the gazetteer knows about a name, and why
  acta eval places --gold eval/places.gold.jsonl
                                              measure toponym resolution

Run `acta help <command>` for each command's options and more examples."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code articles and print the documents (JSON).
    #[command(after_help = "Examples:
  acta code seed.txt --published 2025-09-03           one document, pretty JSON
  acta code a.html b.html --format jsonl               one compact document per line
  acta code - < story.txt --outlet Reuters            read stdin
  acta code archive.jsonl.gz --format jsonl | jq .article.title

The document format (\"schema\": \"acta/1\") is described field by field in docs/schema.md.
Exit status: 0 when every input was read, 1 when any failed (each failure is one line on stderr).")]
    Code {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        meta: MetaArgs,
        /// Output format: `json` (one object, or an array for several articles) or `jsonl`
        /// (one document per line, streamed).
        #[arg(long, default_value = "json", value_parser = ["json", "jsonl"])]
        format: String,
    },
    /// Code articles and store them in a SQLite database.
    #[command(after_help = "Examples:
  acta ingest news/ --db news.db           every article under news/ (recursively)
  acta ingest day1.jsonl.zst day2.jsonl.zst
  acta ingest - --published 2025-09-03 < story.txt

Storing is idempotent: an article whose cleaned text is already stored is skipped and counted as a
duplicate. A summary ends the run: articles read, stored, skipped as duplicates, failed (with reasons).")]
    Ingest {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        meta: MetaArgs,
        /// The database file (created when missing).
        #[arg(long, default_value = "acta.db")]
        db: PathBuf,
    },
    /// Ingest the bundled sample articles into ./acta.db and print a summary.
    #[command(
        after_help = "The sample corpus is built into the binary: the seed article (a Reuters story on \
Russia-Ukraine diplomacy, 2025-09-03), the 322 PLOVER gold-standard records and 120 MEANTIME \
Wikinews articles. Running it twice stores nothing new."
    )]
    Demo {
        /// The database file (created when missing).
        #[arg(long, default_value = "acta.db")]
        db: PathBuf,
    },
    /// Measure Acta against gold standards.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Look into the gazetteer.
    #[command(subcommand)]
    Places(PlacesCommand),
    /// Measure throughput on the bundled sample corpus (one thread).
    #[command(after_help = "Example:
  cargo run --release -- bench --mb 50

Numbers from the development machine are in docs/benchmarks.md.")]
    Bench {
        /// How much text to process, in MB (the sample corpus is repeated to reach it).
        #[arg(long, default_value_t = 20.0)]
        mb: f64,
    },
}

#[derive(Subcommand)]
enum PlacesCommand {
    /// Every place a name can refer to, best first, with the score of each and why (the
    /// name alone, without an article's context).
    #[command(after_help = "Examples:
  acta places lookup Kiev             Kyiv (UKR) first: an alternate spelling of the capital
  acta places lookup Georgia          the country, then the US state
  acta places lookup \"Moscow\"         Moscow, Russia; Moscow, Idaho further down

In an article, context moves these: \"Moscow, Idaho\", other places of the same country or
admin-1 unit, \"the Donetsk province\" (docs/places.md).")]
    Lookup {
        /// The name, as it would be written.
        name: String,
        /// How many candidates to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Tokenization (token-span F1, each sentence's `# text` re-tokenized) and sentence
    /// splitting (boundary F1 over whole documents) against a CoNLL-U treebank.
    #[command(after_help = "Example:
  acta eval tokens --gold ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu

Documents are rebuilt from the treebank: sentences of a paragraph (# newpar) joined by one space,
paragraphs by a blank line; a boundary counts when the sentence ends at the same byte.")]
    Tokens {
        /// The gold CoNLL-U file.
        #[arg(long)]
        gold: PathBuf,
        /// Print every wrong sentence boundary and every sentence tokenized differently.
        #[arg(long)]
        show_errors: bool,
    },
    /// Toponyms: recognition, country accuracy and exact GeoNames match against a JSON Lines
    /// gold file (format in docs/places.md).
    #[command(after_help = "Example:
  acta eval places --gold eval/places.gold.jsonl --show-errors")]
    Places {
        /// The gold file (JSON Lines).
        #[arg(long)]
        gold: PathBuf,
        /// Print every missed, wrong or spurious place.
        #[arg(long)]
        show_errors: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code {
            input,
            meta,
            format,
        } => cmd::code::run(&input, &meta, &format),
        Command::Ingest { input, meta, db } => cmd::ingest::run(&input, &meta, &db),
        Command::Demo { db } => cmd::demo::run(&db),
        Command::Eval(EvalCommand::Tokens { gold, show_errors }) => {
            cmd::eval::tokens(&gold, show_errors)
        }
        Command::Eval(EvalCommand::Places { gold, show_errors }) => {
            cmd::eval::places::run(&gold, show_errors)
        }
        Command::Places(PlacesCommand::Lookup { name, limit }) => cmd::places::lookup(&name, limit),
        Command::Bench { mb } => cmd::bench::run(mb),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("acta: {e:#}");
            ExitCode::from(2)
        }
    }
}
