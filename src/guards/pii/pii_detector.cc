#include "guards/pii/pii_detector.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include "guards/pii/entity.h"
#include "guards/pii/name_recognizer.h"
#include "guards/pii/phone_matcher.h"
#include "guards/pii/record_fields.h"
#include "guards/pii/recognizers.h"

namespace mcpgw::guards::pii {
namespace {

// What a byte may start: 0 nothing (the fast path), else the recognizer to try.
enum Trigger : std::uint8_t { kNone, kDigit, kPlus, kParen, kAt, kColon, kDot };

constexpr std::array<std::uint8_t, 256> MakeTriggers() {
  std::array<std::uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['+'] = kPlus;
  t['('] = kParen;
  t['@'] = kAt;
  t[':'] = kColon;
  t['.'] = kDot;
  return t;
}
constexpr std::array<std::uint8_t, 256> kTriggers = MakeTriggers();

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class PiiDetector final : public Detector {
 public:
  PiiDetector(ScanConfig config, std::unique_ptr<PhoneMatcher> phones,
              std::unordered_set<std::string, StringHash, std::equal_to<>> allow_values,
              std::vector<std::unique_ptr<RE2>> allow_regexes)
      : config_(config),
        phones_(std::move(phones)),
        allow_values_(std::move(allow_values)),
        allow_regexes_(std::move(allow_regexes)) {
    config_.phones = phones_.get();
    names_ = (config_.enabled & (Bit(Entity::kPerson) | Bit(Entity::kLocation))) != 0;
  }

  std::string_view name() const override { return "pii"; }

  void Scan(std::string_view text, std::vector<Detection>& out) const override {
    const std::size_t first = out.size();
    ScanStructured(text, out);
    if (names_) {
      const std::size_t structured_end = out.size();
      const AllowCheck allow{this, [](const void* self, std::string_view value) {
                               return static_cast<const PiiDetector*>(self)->Allowed(value);
                             }};
      ScanNames(config_, text, out, first, structured_end, allow);
      if (out.size() > structured_end) {
        std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                  [](const Detection& a, const Detection& b) { return a.begin < b.begin; });
      }
      ScanRecordFields(config_, text, out, first, allow);
      DropFirmNames(text, out, first);
    }
    DropTimesAndCloudIds(text, out, first);
  }

 private:
  // Numbers a tool prints that only look like a person's:
  // - a Unix time in seconds or milliseconds (10 or 13 digits from 2011 to 2033) under a time's
  //   name ("created": 1762618278, "checked 1760564223", "ts=...") or in a zsh history line
  //   (": 1708193674:0;ls"), read as a bank account, a licence or a phone;
  // - an AWS account id (12 digits) under "account_id"/"ACCOUNT_ID", read as a bank account;
  // - the seconds, year and zone of a time ("05:29:40 2022 -0500" in git log), read as a phone.
  static void DropTimesAndCloudIds(std::string_view text, std::vector<Detection>& out, std::size_t first) {
    auto lower_before = [&](std::size_t b, std::size_t n) {
      std::string s(text.substr(b >= n ? b - n : 0, b >= n ? n : b));
      for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return s;
    };
    std::size_t w = first;
    for (std::size_t i = first; i < out.size(); ++i) {
      const Detection& d = out[i];
      const std::string_view v = text.substr(d.begin, d.end - d.begin);
      const bool digits = !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
      bool drop = false;
      const bool number_entity = d.entity == EntityName(Entity::kUsBankNumber) ||
                                 d.entity == EntityName(Entity::kUsDriverLicense) ||
                                 d.entity == EntityName(Entity::kPhoneNumber) ||
                                 d.entity == EntityName(Entity::kUkNhs) ||
                                 d.entity == EntityName(Entity::kUsPassport);
      if (number_entity && digits && (v.size() == 10 || v.size() == 13)) {
        const long long secs = std::stoll(std::string(v.substr(0, 10)));
        if (secs >= 1300000000LL && secs <= 2000000000LL) {
          const bool zsh = d.begin >= 2 && text[d.begin - 1] == ' ' && text[d.begin - 2] == ':' &&
                           d.end + 3 <= text.size() && text[d.end] == ':' && text[d.end + 2] == ';';
          const std::string before = lower_before(d.begin, 24);
          static constexpr std::string_view kTimeWords[] = {
              "created", "updated", "modified", "timestamp", "time", "\"ts\"", "ts=", "ts:", "date",
              "checked", "generated", "expires", "expiry", "since", "until", "_at", "epoch", "result",
              "started", "finished", "issued", "iat", "exp\"", "nbf"};
          bool timed = false;
          for (std::string_view t : kTimeWords) {
            // Whole words only ("Assets:" holds no "ts:").
            for (std::size_t at = before.find(t); at != std::string::npos && !timed; at = before.find(t, at + 1)) {
              timed = at == 0 || !std::isalpha(static_cast<unsigned char>(before[at - 1])) || t[0] == '_' || t[0] == '"';
            }
          }
          drop = zsh || timed;
        }
      }
      if (d.entity == EntityName(Entity::kUsBankNumber) && digits && v.size() == 12) {
        const std::string before = lower_before(d.begin, 20);
        drop = drop || before.ends_with("account_id=") || before.ends_with("account_id\": \"") ||
               before.ends_with("account_id\":\"") || before.ends_with("account_id: ") ||
               before.ends_with("accountid\": \"") || before.ends_with("account_id = \"") ||
               before.ends_with("account_id=\"");
      }
      if (d.entity == EntityName(Entity::kPhoneNumber) && d.begin >= 4 && text[d.begin - 1] == ':' &&
          IsDigit(static_cast<unsigned char>(text[d.begin - 2])) &&
          IsDigit(static_cast<unsigned char>(text[d.begin - 3])) && text[d.begin - 4] == ':') {
        drop = true;  // the seconds of "05:29:40 2022 -0500"
      }
      if (!drop) out[w++] = d;
    }
    out.resize(w);
  }

  // A name or a place read in a firm's name: the run is followed by the firm's legal form
  // ("Maison Vautrin SARL", "Atlas Bilişim A.Ş.", "Fratelli Ravasi S.p.A.", "Harrow & Finch
  // LLP", "Van Oort Installatietechniek B.V."), so the whole is an organisation, not a person.
  static void DropFirmNames(std::string_view text, std::vector<Detection>& out, std::size_t first) {
    static constexpr std::string_view kForms[] = {
        "SARL", "SAS", "SA", "S.A.", "S.A", "SpA", "S.p.A.", "S.r.l.", "Srl", "SRL", "S.L.", "SL",
        "S.A.S.", "B.V.", "BV", "N.V.", "NV", "GmbH", "AG", "KG", "SE", "e.V.", "Ltd", "Ltd.",
        "Limited", "LLC", "L.L.C.", "LLP", "LP", "Inc", "Inc.", "Corp", "Corp.", "PLC", "plc", "Co.",
        "Pty", "Oy", "Oyj", "AB", "AS", "ASA", "A/S", "ApS", "A.S.", "A.\xc5\x9e.", "Ltda", "Ltda.",
        "S.A.C.", "Sp.", "s.r.o.", "a.s.", "d.o.o.", "Kft.", "Zrt.", "K.K.", "Pvt", "Bhd", "Tbk",
        "PT", "JSC", "OOO", "\xd0\x9e\xd0\x9e\xd0\x9e", "S.C.", "SCS", "Cie", "& Co.", "& Co"};
    std::size_t w = first;
    for (std::size_t i = first; i < out.size(); ++i) {
      const Detection& d = out[i];
      bool firm = false;
      if (d.entity == EntityName(Entity::kPerson) || d.entity == EntityName(Entity::kLocation)) {
        std::size_t n = d.end;
        // Past the rest of the firm's name: a joint ("&") or more capitalised words (at most 3).
        for (int hop = 0; hop < 4 && n < text.size() && !firm; ++hop) {
          if (text[n] != ' ') break;
          const std::size_t ws = n + 1;
          std::size_t we = ws;
          while (we < text.size() && text[we] != ' ' && text[we] != '\n' && text[we] != ',' &&
                 text[we] != ';' && text[we] != ')' && text[we] != '|' && text[we] != '"') {
            ++we;
          }
          const std::string_view word = text.substr(ws, we - ws);
          for (std::string_view f : kForms) firm = firm || word == f;
          if (firm || word.empty()) break;
          const bool capital = IsUpperAscii(static_cast<unsigned char>(word[0])) ||
                               static_cast<unsigned char>(word[0]) >= 0xc0;
          if (!(capital || word == "&")) break;
          n = we;
        }
      }
      if (!firm) out[w++] = d;
    }
    out.resize(w);
  }

  bool Allowed(std::string_view value) const {
    if (!allow_values_.empty() && allow_values_.find(value) != allow_values_.end()) return true;
    for (const auto& re : allow_regexes_) {
      if (RE2::FullMatch(re2::StringPiece(value.data(), value.size()), *re)) return true;
    }
    return false;
  }

  void ScanStructured(std::string_view text, std::vector<Detection>& out) const {
    const std::size_t size = text.size();
    std::size_t floor = 0;  // end of the last detection: lookbacks stop here
    std::size_t i = 0;
    while (i < size) {
      while (i < size && kTriggers[static_cast<unsigned char>(text[i])] == kNone) ++i;
      if (i >= size) break;
      const unsigned char prev = i > 0 ? text[i - 1] : ' ';
      const bool token_start = (!IsAlnum(prev) && prev != '_') || AfterJsonEscape(text, i);
      Candidate best;
      std::size_t next = i + 1;
      switch (kTriggers[static_cast<unsigned char>(text[i])]) {
        case kDigit:
          if (token_start) {
            next = RecognizeNumeric(config_, text, i, floor, best);
          } else {
            // Inside a token that starts with a letter: "DE89...", "bc1q...", "AB1234563".
            std::size_t ts = i;
            while (ts > floor && i - ts < 64 && IsAlnum(text[ts - 1])) --ts;
            if (ts < i && IsAlpha(text[ts]) && (ts == 0 || !IsAlnum(text[ts - 1]))) {
              next = RecognizeAlnumToken(config_, text, ts, floor, best);
            } else {
              next = i;
              while (next < size && IsAlnum(text[next])) ++next;
            }
          }
          break;
        case kPlus:
        case kParen:
          if (token_start && i + 1 < size &&
              (IsDigit(text[i + 1]) || (text[i] == '+' && text[i + 1] == '(' && i + 2 < size &&
                                        IsDigit(text[i + 2])))) {
            next = RecognizeNumeric(config_, text, i, floor, best);
          }
          break;
        case kAt:
          next = RecognizeEmail(config_, text, i, floor, best);
          break;
        case kColon:
          next = RecognizeColon(config_, text, i, floor, best);
          break;
        case kDot:
          if (i >= 3 && (text[i - 1] | 0x20) == 'w') next = RecognizeWww(config_, text, i, floor, best);
          break;
        default:
          break;
      }
      if (best.end > best.begin && best.begin >= floor) {
        if (!Allowed(text.substr(best.begin, best.end - best.begin))) {
          out.push_back(Detection{best.begin, best.end, EntityType(best.entity),
                                  EntityName(best.entity), best.score});
          floor = best.end;
        }
        next = std::max(next, best.end);
      }
      i = std::max(next, i + 1);
    }
  }

  ScanConfig config_;
  std::unique_ptr<PhoneMatcher> phones_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> allow_values_;
  std::vector<std::unique_ptr<RE2>> allow_regexes_;
  bool names_ = false;
};

}  // namespace

Result<std::shared_ptr<const Detector>> CreatePiiDetector(const PiiOptions& options) {
  ScanConfig config;
  for (const std::string& name : options.entities) {
    auto e = EntityFromName(name);
    if (!e) {
      return MakeError("pii: unknown entity \"" + name + "\"; known entities: " +
                       std::string(AllEntityNames()));
    }
    config.enabled |= Bit(*e);
  }
  if (!(options.score_threshold >= 0.0 && options.score_threshold <= 1.0)) {
    return MakeError("pii: score_threshold must be within [0, 1]");
  }
  config.threshold = static_cast<float>(options.score_threshold);
  auto phones = PhoneMatcher::Create(options.phone_regions);
  if (!phones) return MakeError("pii: phone_regions: " + phones.error().message);
  std::unordered_set<std::string, StringHash, std::equal_to<>> allow_values(
      options.allow_values.begin(), options.allow_values.end());
  std::vector<std::unique_ptr<RE2>> allow_regexes;
  for (const std::string& pattern : options.allow_regexes) {
    RE2::Options re_options;
    re_options.set_log_errors(false);
    auto re = std::make_unique<RE2>(pattern, re_options);
    if (!re->ok()) {
      return MakeError("pii: allow_regexes: \"" + pattern + "\" does not compile: " + re->error());
    }
    allow_regexes.push_back(std::move(re));
  }
  return std::shared_ptr<const Detector>(std::make_shared<PiiDetector>(
      config, std::move(*phones), std::move(allow_values), std::move(allow_regexes)));
}

}  // namespace mcpgw::guards::pii
