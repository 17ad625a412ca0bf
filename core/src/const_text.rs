//! Text built in const evaluation: invite links whose permissions come from nested modules, and
//! the messages of const assertions. Both must exist before any code runs, so no allocation.

/// A fixed-capacity string assembled by `const fn`s.
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct ConstText<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> ConstText<N> {
    /// An empty text.
    pub const fn new() -> Self {
        ConstText { bytes: [0; N], len: 0 }
    }

    /// Appends `text`.
    ///
    /// # Panics
    /// When the capacity is exceeded: a build error when evaluated in a constant.
    #[must_use]
    pub const fn push(mut self, text: &str) -> Self {
        let bytes = text.as_bytes();
        assert!(self.len + bytes.len() <= N, "botperms: constant text longer than its buffer");
        let mut index = 0;
        while index < bytes.len() {
            self.bytes[self.len] = bytes[index];
            self.len += 1;
            index += 1;
        }
        self
    }

    /// Appends `value` in decimal.
    ///
    /// # Panics
    /// When the capacity is exceeded: a build error when evaluated in a constant.
    #[must_use]
    pub const fn push_decimal(mut self, value: u64) -> Self {
        let mut digits = [0u8; 20];
        let mut count = 0;
        let mut rest = value;
        loop {
            digits[count] = b'0' + (rest % 10) as u8;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        assert!(self.len + count <= N, "botperms: constant text longer than its buffer");
        while count > 0 {
            count -= 1;
            self.bytes[self.len] = digits[count];
            self.len += 1;
        }
        self
    }

    /// The text.
    pub const fn as_str(&self) -> &str {
        let (text, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            // Only whole `&str`s and ASCII digits are ever pushed.
            Err(_) => "",
        }
    }
}

impl<const N: usize> Default for ConstText<N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::ConstText;

    #[test]
    fn builds_text_in_const() {
        const TEXT: ConstText<64> = ConstText::new().push("permissions=").push_decimal(274_877_910_016).push("&x");
        assert_eq!(TEXT.as_str(), "permissions=274877910016&x");
        assert_eq!(ConstText::<4>::new().push_decimal(0).as_str(), "0");
        assert_eq!(ConstText::<20>::new().push_decimal(u64::MAX).as_str(), "18446744073709551615");
    }
}
