use botperms::invite_url;

// A made-up token of the documented shape (a base64 user id, a timestamp, a signature): the
// macro must refuse it without repeating it in the error.
const INVITE: &str = invite_url!(
    client_id = 157730590492196864,
    scopes = [applications.commands],
    redirect_uri = "https://example.com/?t=MTk4NjIyNDgzNDcxOTI1MjQ4.GaBcDe.not_a_real_signature_just_shape",
);

fn main() {
    let _ = INVITE;
}
