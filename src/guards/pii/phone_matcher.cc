#include "guards/pii/phone_matcher.h"

#include <re2/re2.h>

#include <charconv>

#include "guards/pii/phone_metadata.h"

namespace mcpgw::guards::pii {

struct PhoneMatcher::Compiled {
  const PhoneRegion* meta = nullptr;
  std::string_view national_prefix;  // meta->national_prefix, measured once
  mutable std::once_flag once;
  mutable std::unique_ptr<RE2> re;  // null when the pattern failed to compile: lengths decide

  const RE2* Pattern() const {
    std::call_once(once, [this] {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(16 << 20);
      auto compiled = std::make_unique<RE2>(meta->valid_pattern, options);
      if (compiled->ok()) re = std::move(compiled);
    });
    return re.get();
  }
};

PhoneMatcher::PhoneMatcher() = default;
PhoneMatcher::~PhoneMatcher() = default;

Result<std::unique_ptr<PhoneMatcher>> PhoneMatcher::Create(
    const std::vector<std::string>& regions) {
  std::unique_ptr<PhoneMatcher> m(new PhoneMatcher());
  m->by_code_.resize(1000);
  for (std::size_t i = 0; i < kPhoneRegionCount; ++i) {
    auto c = std::make_unique<Compiled>();
    c->meta = &kPhoneRegions[i];
    c->national_prefix = c->meta->national_prefix;
    std::string_view code = c->meta->calling_code;
    int n = 0;
    std::from_chars(code.data(), code.data() + code.size(), n);
    if (n > 0 && n < 1000) m->by_code_[n].push_back(c.get());
    m->regions_.push_back(std::move(c));
  }
  for (const std::string& r : regions) {
    const Compiled* found = nullptr;
    for (const auto& c : m->regions_) {
      if (r == c->meta->region) found = c.get();
    }
    if (found == nullptr) {
      return MakeError("unknown phone region \"" + r +
                       "\": use ISO 3166-1 alpha-2 codes such as US, GB, DE, FR, IN");
    }
    m->configured_.push_back(found);
    // Regions whose mobile numbers are customarily written without the trunk 0.
    static constexpr std::string_view kTrunkOptional[] = {"IN", "CN", "BR", "MX", "AR",
                                                          "CO", "PE", "ID", "PH", "TH",
                                                          "VN", "KR", "TW", "TR"};
    bool optional = found->national_prefix != "0";
    for (std::string_view region : kTrunkOptional) optional = optional || region == r;
    if (optional) m->configured_without_zero_.push_back(found);
  }
  return m;
}

bool PhoneMatcher::ValidIn(const Compiled& region, std::string_view national) const {
  auto check = [&](std::string_view n) {
    if (n.size() < 4 || n.size() > 17) return false;
    if ((region.meta->possible_lengths & (1u << n.size())) == 0) return false;
    const RE2* re = region.Pattern();
    return re == nullptr || RE2::FullMatch(re2::StringPiece(n.data(), n.size()), *re);
  };
  const std::string_view prefix = region.national_prefix;
  if (!prefix.empty() && national.substr(0, prefix.size()) == prefix &&
      check(national.substr(prefix.size()))) {
    return true;
  }
  return check(national);
}

bool PhoneMatcher::ValidNational(std::string_view digits) const {
  // Where the trunk prefix is "0", national numbers are written with it ("030 901820",
  // "020 7946 0958"): without it a number could be anyone's (configured_without_zero_).
  const bool leading_zero = !digits.empty() && digits[0] == '0';
  for (const Compiled* r : leading_zero ? configured_ : configured_without_zero_) {
    if (ValidIn(*r, digits)) return true;
  }
  return false;
}

bool PhoneMatcher::ValidInternational(std::string_view digits) const {
  int code = 0;
  for (std::size_t len = 1; len <= 3 && len < digits.size(); ++len) {
    code = code * 10 + (digits[len - 1] - '0');
    if (code <= 0) return false;  // calling codes do not start with 0
    const std::string_view national = digits.substr(len);
    for (const Compiled* r : by_code_[code]) {
      // After a calling code a number is written without its national prefix, but "+44 0..."
      // happens; ValidIn tolerates the prefix.
      if (ValidIn(*r, national)) return true;
    }
    if (!by_code_[code].empty()) return false;  // codes are prefix-free
  }
  return false;
}

bool PhoneMatcher::PossibleInternational(std::string_view digits) const {
  int code = 0;
  for (std::size_t len = 1; len <= 3 && len < digits.size(); ++len) {
    code = code * 10 + (digits[len - 1] - '0');
    if (code <= 0) return false;
    const std::size_t n = digits.size() - len;
    for (const Compiled* r : by_code_[code]) {
      if (n >= 4 && n <= 17 && (r->meta->possible_lengths & (1u << n)) != 0) return true;
    }
    if (!by_code_[code].empty()) return false;
  }
  return false;
}

}  // namespace mcpgw::guards::pii
