// Checksum and structure validators for PII formats: the part of recognition that decides. A
// candidate that fails its validator is not reported, whatever words stand next to it.
//
// All functions are pure, allocate nothing, never throw and accept any bytes (a wrong character
// makes the value invalid). Digits-only inputs are ASCII '0'..'9'.
#pragma once

#include <cstdint>
#include <string_view>

namespace mcpgw::guards::pii {

// Luhn (mod 10) over a string of digits. False for non-digits or fewer than 2 digits.
bool LuhnValid(std::string_view digits);

// True when `digits` (13..19 digits) starts with an issuer identification number range of a card
// network whose lengths include digits.size(): Visa, Mastercard (51-55, 2221-2720), American
// Express, Discover, Diners Club, JCB, UnionPay, Maestro, Mir, RuPay, Troy, Verve.
bool CardIinValid(std::string_view digits);

// True when `digits` is a card number that payment vendors publish for testing (Stripe, PayPal,
// Braintree, Adyen, ... documentation: 4242424242424242, 4111111111111111, 5555555555554444, ...):
// such a number is in every sample and test fixture and is no one's card.
bool PublishedTestCard(std::string_view digits);

// ABA routing transit number: 9 digits whose weighted sum (3, 7, 1 repeating) is 0 mod 10 and
// whose first two digits are a Federal Reserve routing symbol (00-12, 21-32, 61-72, 80).
bool AbaRoutingValid(std::string_view digits);

// IBAN: `iban` is the compact form (no spaces, uppercase letters and digits). Checks the country's
// registered length, that the check digits are digits, and that the value is 1 mod 97 (ISO 7064).
bool IbanValid(std::string_view iban);
// The registered IBAN length of a country (2 uppercase letters), or 0 for no IBAN country.
int IbanLength(std::string_view country);

// UK NHS number: 10 digits whose mod-11 check digit (weights 10..2) matches.
bool NhsValid(std::string_view digits);

// US DEA registration number: 2 letters and 7 digits; the first letter is a registrant type, the
// last digit is the check digit ((d1+d3+d5) + 2*(d2+d4+d6)) mod 10.
bool DeaValid(std::string_view value);

// US Social Security Number as 9 digits: no 000, 666 or 9xx area, no 00 group, no 0000 serial,
// not a number known to be advertised or used in examples (078-05-1120, 219-09-9999, 123-45-6789,
// and runs of one digit).
bool SsnValid(std::string_view digits);
// US ITIN as 9 digits: area 9xx and group 50-65, 70-88, 90-92 or 94-99.
bool ItinValid(std::string_view digits);

// Bitcoin Base58Check address (P2PKH "1...", P2SH "3..."): decodes to 25 bytes with version 0x00
// or 0x05 and a checksum equal to the first 4 bytes of SHA-256(SHA-256(payload)).
bool Base58CheckAddressValid(std::string_view address);

// Bitcoin segwit address (BIP 173 / BIP 350): human-readable part "bc" (or "tb"), bech32 checksum
// for witness version 0 and bech32m for versions 1..16, program length 2..40 (20 or 32 for v0),
// not mixed case.
bool SegwitAddressValid(std::string_view address);

}  // namespace mcpgw::guards::pii
