//! `Permissions::to_flags` / `from_flags` against a real framework type: twilight-model's bitflags 2 `Permissions`.

use botperms_core::Permissions;
use twilight_model::guild::Permissions as Twilight;

#[test]
fn every_defined_flag_maps_to_the_same_twilight_flag() {
    // twilight-model 0.18 names the flags as Discord does; compare by name, not by bits, so that a bit
    // botperms placed wrongly would show.
    let mut compared = 0;
    for info in Permissions::table() {
        if let Some(theirs) = Twilight::from_name(info.name) {
            assert_eq!(info.flag.to_flags::<Twilight>(), theirs, "{}", info.name);
            assert_eq!(Permissions::from_flags(theirs), info.flag, "{}", info.name);
            compared += 1;
        }
    }
    assert!(compared >= 45, "only {compared} flags share a name with twilight-model");
}

#[test]
fn bits_twilight_does_not_define_survive_the_round_trip() {
    // SET_VOICE_CHANNEL_STATUS (bit 48) is missing from twilight-model 0.18; bit 63 is defined by nobody.
    let ours =
        Permissions::SET_VOICE_CHANNEL_STATUS | Permissions::SEND_MESSAGES | Permissions::from_bits_retain(1 << 63);
    let theirs: Twilight = ours.to_flags();
    assert!(Twilight::from_name("SET_VOICE_CHANNEL_STATUS").is_none());
    assert_eq!(theirs.bits(), (1 << 48) | (1 << 11) | (1 << 63));
    assert_eq!(Permissions::from_flags(theirs), ours);
    assert_eq!(Permissions::from_flags(theirs).unknown_bits(), 1 << 63);
}

#[test]
fn bits_botperms_does_not_define_survive_from_the_framework() {
    let theirs = Twilight::from_bits_retain(u64::MAX);
    let ours = Permissions::from_flags(theirs);
    assert_eq!(ours.bits(), u64::MAX);
    assert_eq!(ours.to_flags::<Twilight>(), theirs);
    assert_eq!(Permissions::from_flags(Twilight::empty()), Permissions::empty());
}
