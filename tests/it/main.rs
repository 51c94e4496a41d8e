//! The one integration-test binary: data-driven detection cases, the public
//! labelled corpus, property tests and the command-line tool.

mod cases;
mod corpus;
mod score;
