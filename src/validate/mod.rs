//! Validators: pure checks over ASCII digit strings, with no context and no
//! regex. A candidate that fails one is simply not a match.

pub mod brand;
pub mod iban;
pub mod luhn;
pub mod ssn;
