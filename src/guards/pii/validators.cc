#include "guards/pii/validators.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <cstddef>
#include <optional>

#include "guards/base58.h"

namespace mcpgw::guards::pii {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DigitsValue(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool StartsWithRange(std::string_view digits, int prefix_len, int lo, int hi) {
  if (static_cast<int>(digits.size()) < prefix_len) return false;
  int v = DigitsValue(digits.substr(0, prefix_len));
  return v >= lo && v <= hi;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

bool LuhnValid(std::string_view digits) {
  if (digits.size() < 2 || !AllDigits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (std::size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool CardIinValid(std::string_view d) {
  if (d.size() < 13 || d.size() > 19 || !AllDigits(d)) return false;
  const std::size_t n = d.size();
  // Visa: 4, 13/16/19.
  if (d[0] == '4') return n == 13 || n == 16 || n == 19;
  // American Express: 34, 37; 15.
  if (StartsWithRange(d, 2, 34, 34) || StartsWithRange(d, 2, 37, 37)) return n == 15;
  // Mastercard: 51-55, 2221-2720; 16.
  if (StartsWithRange(d, 2, 51, 55) || StartsWithRange(d, 4, 2221, 2720)) return n == 16;
  // Mir: 2200-2204; 16-19.
  if (StartsWithRange(d, 4, 2200, 2204)) return n >= 16;
  // Diners Club: 300-305, 3095, 36, 38, 39; 14-19.
  if (StartsWithRange(d, 3, 300, 305) || StartsWithRange(d, 4, 3095, 3095) ||
      StartsWithRange(d, 2, 36, 36) || StartsWithRange(d, 2, 38, 39)) {
    return n >= 14;
  }
  // JCB: 3528-3589; 16-19.
  if (StartsWithRange(d, 4, 3528, 3589)) return n >= 16;
  // Discover: 6011, 644-649, 65, 622126-622925; 16-19.
  if (StartsWithRange(d, 4, 6011, 6011) || StartsWithRange(d, 3, 644, 649) ||
      StartsWithRange(d, 2, 65, 65) || StartsWithRange(d, 6, 622126, 622925)) {
    return n >= 16;
  }
  // UnionPay: 62; 16-19. RuPay: 60, 81, 82, 508; 16. Troy: 9792; 16. Verve: 506099-506198,
  // 650002-650027; 16/19.
  if (StartsWithRange(d, 2, 62, 62)) return n >= 16;
  if (StartsWithRange(d, 4, 9792, 9792)) return n == 16;
  if (StartsWithRange(d, 6, 506099, 506198)) return n == 16 || n == 19;
  if (StartsWithRange(d, 2, 60, 60) || StartsWithRange(d, 2, 81, 82) ||
      StartsWithRange(d, 3, 508, 508)) {
    return n == 16;
  }
  // Maestro: 5018, 5020, 5038, 5893, 6304, 6759, 6761-6763; 12-19 (13+ here).
  if (StartsWithRange(d, 4, 5018, 5018) || StartsWithRange(d, 4, 5020, 5020) ||
      StartsWithRange(d, 4, 5038, 5038) || StartsWithRange(d, 4, 5893, 5893) ||
      StartsWithRange(d, 4, 6304, 6304) || StartsWithRange(d, 4, 6759, 6759) ||
      StartsWithRange(d, 4, 6761, 6763)) {
    return true;
  }
  return false;
}

int IbanLength(std::string_view country) {
  // The IBAN registry's lengths (SWIFT, release 99).
  struct Entry {
    char code[3];
    int length;
  };
  static constexpr Entry kLengths[] = {
      {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
      {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
      {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
      {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22},
      {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
      {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30},
      {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21},
      {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
      {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
      {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
      {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
      {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29},
      {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
  };
  if (country.size() != 2) return 0;
  for (const Entry& e : kLengths) {
    if (e.code[0] == country[0] && e.code[1] == country[1]) return e.length;
  }
  return 0;
}

bool IbanValid(std::string_view iban) {
  if (iban.size() < 15 || iban.size() > 34) return false;
  if (!IsUpper(iban[0]) || !IsUpper(iban[1])) return false;
  if (static_cast<int>(iban.size()) != IbanLength(iban.substr(0, 2))) return false;
  if (!AllDigits(iban.substr(2, 2))) return false;
  // Move the first four characters to the end, letters become 10..35, remainder mod 97 == 1.
  int rem = 0;
  for (std::size_t k = 0; k < iban.size(); ++k) {
    char c = iban[(k + 4) % iban.size()];
    if (c >= '0' && c <= '9') {
      rem = (rem * 10 + (c - '0')) % 97;
    } else if (IsUpper(c)) {
      rem = (rem * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return rem == 1;
}

bool NhsValid(std::string_view d) {
  if (d.size() != 10 || !AllDigits(d)) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == d[9] - '0';
}

bool PublishedTestCard(std::string_view d) {
  // Sorted, so that a binary search decides. Sources: the testing pages of Stripe, PayPal,
  // Braintree, Adyen, Authorize.Net, Worldpay.
  static constexpr std::string_view kTestCards[] = {
      "2223000048400011", "2223003122003222", "3056930009020004", "30569309025904",
      "3530111333300000", "3566002020360505", "3566111111111113", "36227206271667",
      "371449635398431", "378282246310005", "378734493671000", "38520000023237",
      "4000000000000002", "4000000000000077", "4000000000000093", "4000000000000101",
      "4000000000000341", "4000000000003220", "4000000000009995", "4000002500003155",
      "4000002760003184", "4000056655665556", "4012888888881881", "4111111111111111",
      "4222222222222", "4242424242424242", "4444333322221111", "4462030000000000",
      "4917610000000000", "4988438843884305", "5105105105105100", "5200828282828210",
      "5425233430109903", "5431111111111111", "5454545454545454", "5555555555554444",
      "6011000990139424", "6011111111111117", "6011981111111113", "6200000000000005",
      "6200000000000047", "6205500000000000004", "6555900000604105"};
  static_assert(std::is_sorted(std::begin(kTestCards), std::end(kTestCards)));
  return std::binary_search(std::begin(kTestCards), std::end(kTestCards), d);
}

bool AbaRoutingValid(std::string_view d) {
  if (d.size() != 9 || !AllDigits(d)) return false;
  const int symbol = DigitsValue(d.substr(0, 2));
  if (!(symbol <= 12 || (symbol >= 21 && symbol <= 32) || (symbol >= 61 && symbol <= 72) ||
        symbol == 80)) {
    return false;
  }
  static constexpr int kWeights[] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kWeights[i] * (d[i] - '0');
  return sum % 10 == 0;
}

bool DeaValid(std::string_view v) {
  if (v.size() != 9) return false;
  // Registrant types: A B C D E F G H J K L M P R S T U X.
  static constexpr std::string_view kTypes = "ABCDEFGHJKLMPRSTUX";
  if (kTypes.find(v[0]) == std::string_view::npos) return false;
  if (!IsUpper(v[1]) && v[1] != '9') return false;
  std::string_view d = v.substr(2);
  if (!AllDigits(d)) return false;
  int sum = (d[0] - '0') + (d[2] - '0') + (d[4] - '0') +
            2 * ((d[1] - '0') + (d[3] - '0') + (d[5] - '0'));
  return sum % 10 == d[6] - '0';
}

bool SsnValid(std::string_view d) {
  if (d.size() != 9 || !AllDigits(d)) return false;
  const int area = DigitsValue(d.substr(0, 3));
  const int group = DigitsValue(d.substr(3, 2));
  const int serial = DigitsValue(d.substr(5, 4));
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return false;
  static constexpr std::string_view kAdvertised[] = {"078051120", "219099999", "123456789",
                                                     "987654320", "457555462"};
  for (std::string_view a : kAdvertised) {
    if (d == a) return false;
  }
  if (d.find_first_not_of(d[0]) == std::string_view::npos) return false;
  return true;
}

bool ItinValid(std::string_view d) {
  if (d.size() != 9 || !AllDigits(d) || d[0] != '9') return false;
  const int group = DigitsValue(d.substr(3, 2));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) ||
         (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}

bool Base58CheckAddressValid(std::string_view a) {
  if (a.size() < 26 || a.size() > 35 || (a[0] != '1' && a[0] != '3')) return false;
  const std::optional<std::string> payload = guards::Base58CheckPayload(a);
  return payload && payload->size() == 21 && ((*payload)[0] == 0x00 || (*payload)[0] == 0x05);
}

namespace {

std::uint32_t Bech32Polymod(const unsigned char* values, std::size_t n) {
  static constexpr std::uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd,
                                            0x2a1462b3};
  std::uint32_t chk = 1;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ values[i];
    for (int b = 0; b < 5; ++b) {
      if ((top >> b) & 1) chk ^= kGen[b];
    }
  }
  return chk;
}

}  // namespace

bool SegwitAddressValid(std::string_view a) {
  if (a.size() < 14 || a.size() > 74) return false;
  bool lower = false;
  bool upper = false;
  for (char c : a) {
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  if (lower && upper) return false;
  auto low = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  const std::size_t sep = a.rfind('1');
  if (sep != 2) return false;
  const char h0 = low(a[0]);
  const char h1 = low(a[1]);
  if (!((h0 == 'b' && h1 == 'c') || (h0 == 't' && h1 == 'b'))) return false;
  static constexpr std::string_view kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  // Expanded hrp (3 + 1 + 2) followed by the data part.
  std::array<unsigned char, 80> values{};
  std::size_t n = 0;
  values[n++] = static_cast<unsigned char>(h0 >> 5);
  values[n++] = static_cast<unsigned char>(h1 >> 5);
  values[n++] = 0;
  values[n++] = static_cast<unsigned char>(h0 & 31);
  values[n++] = static_cast<unsigned char>(h1 & 31);
  const std::size_t data_begin = n;
  for (std::size_t i = sep + 1; i < a.size(); ++i) {
    std::size_t v = kCharset.find(low(a[i]));
    if (v == std::string_view::npos) return false;
    values[n++] = static_cast<unsigned char>(v);
  }
  const std::size_t data_len = n - data_begin;
  if (data_len < 7) return false;  // version + 6 checksum symbols at least
  const std::uint32_t pm = Bech32Polymod(values.data(), n);
  const unsigned version = values[data_begin];
  if (version > 16) return false;
  const std::uint32_t expected = version == 0 ? 1u : 0x2bc830a3u;  // bech32 : bech32m
  if (pm != expected) return false;
  // Witness program: 5-bit groups (without version and checksum) regrouped into bytes.
  const std::size_t bits = (data_len - 7) * 5;
  const std::size_t program = bits / 8;
  if (bits % 8 >= 5) return false;  // more padding than a byte conversion leaves
  if (program < 2 || program > 40) return false;
  if (version == 0 && program != 20 && program != 32) return false;
  return true;
}

}  // namespace mcpgw::guards::pii
