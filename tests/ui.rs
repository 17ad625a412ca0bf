//! What users see: every mistake family is a compile-fail case with its blessed `.stderr`, and the
//! pass cases prove the generated code is hygienic.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/pass/*.rs");
}
