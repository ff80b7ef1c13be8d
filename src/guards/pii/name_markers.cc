#include "guards/pii/name_markers.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <tuple>

#include "core/utf8.h"
#include "guards/pii/gazetteer.h"
#include "guards/pii/name_recognizer.h"

namespace mcpgw::guards::pii {
namespace {

using core::DecodeUtf8;

bool Upper(char c) { return c >= 'A' && c <= 'Z'; }

bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || cp == 0x3005;
}
bool IsKatakana(char32_t cp) { return (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC; }
bool IsHangul(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

// The code point ending right before text[i] and where it starts, or {0, i}.
std::pair<char32_t, std::size_t> Before(std::string_view text, std::size_t i) {
  if (i == 0) return {0, i};
  std::size_t k = i - 1;
  while (k > 0 && i - k < 4 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) --k;
  const auto [cp, len] = DecodeUtf8(text, k);
  if (len == 0 || k + len != i) return {0, i};
  return {cp, k};
}

// Honorifics after a name, longest first where one ends another ("선생님" before "님").
constexpr std::string_view kHonorifics[] = {"선생님", "さん",   "さま", "様", "先生",
                                            "くん",   "ちゃん", "님",   "씨", "女士",
                                            "小姐",   "老师",   "老師"};

// Titles, kin words and groups that take the same honorifics: "お客様", "皆さん", "고객님",
// "부장님", "선생님".
constexpr std::string_view kNotNames[] = {
    "客",   "お客", "皆",     "各位",   "お母",   "お父",   "母",   "父",   "兄",     "姉",
    "弟",   "妹",   "奥",     "娘",     "息子",   "社長",   "部長", "課長", "係長",   "店長",
    "院長", "校長", "会長",   "担当",   "先生",   "神",     "王",   "医者", "患者",   "生徒",
    "学生", "고객", "회원",   "사장",   "부장",   "과장",   "차장", "팀장", "실장",   "대표",
    "선생", "교수", "원장",   "기사",   "여러분", "어머",   "아버", "할머", "할아버", "환자",
    "손",   "의사", "담당자", "관리자", "운영자", "작가",   "회장", "이사", "본부장", "센터장",
    "하느", "임금", "부모",   "아드",   "따",     "형",     "누",   "언니", "오빠",   "这位",
    "那位", "该",   "数学",   "语文",   "英语",   "班主任", "体育", "音乐", "美术",   "物理",
    "化学", "历史", "地理"};

template <std::size_t N>
bool In(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// The name right before an honorific at `h`: capitalised Latin words (glued, or one space
// before a Korean honorific), a run of Han (2-5), katakana or Hangul (2-4) letters that starts
// after a letter of no such script. Returns the name's start, or h.
std::size_t NameBeforeHonorific(std::string_view text, std::size_t h, std::size_t floor) {
  std::size_t e = h;
  auto [cp, k] = Before(text, e);
  if (cp == ' ' && k > floor) {
    // "Haeun Jung 선생님", "Nguyễn Hoàng Nam 님": only Latin-script names with a space.
    e = k;
    std::tie(cp, k) = Before(text, e);
    if (!(cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') : IsNameLetter(cp)))
      return h;
  }
  if (cp == 0 || k < floor) return h;
  if (IsNameLetter(cp) || (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')))) {
    // Up to three capitalised words, one space apart.
    auto word_char = [](char32_t c) {
      return IsNameLetter(c) || c == '-' || c == '\'' ||
             (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')));
    };
    std::size_t b = e, cur_end = e;
    int words = 0;
    while (words < 3) {
      std::size_t w = cur_end;
      while (w > floor) {
        const auto [c, at] = Before(text, w);
        if (c == 0 || !word_char(c)) break;
        w = at;
      }
      if (w == cur_end) break;
      const auto [first, len] = DecodeUtf8(text, w);
      if (len == 0 || !(IsNameCapital(first) || (first < 0x80 && Upper(static_cast<char>(first)))))
        break;
      b = w;
      ++words;
      if (w < floor + 2 || text[w - 1] != ' ') break;
      cur_end = w - 1;
    }
    return words > 0 ? b : h;
  }
  // A run of one uncased script.
  const bool han = IsHan(cp), kata = IsKatakana(cp), hangul = IsHangul(cp);
  if (!han && !kata && !hangul) return h;
  std::size_t b = e;
  int letters = 0;
  while (b > floor) {
    const auto [c, at] = Before(text, b);
    if (c == 0 || (han ? !IsHan(c) : kata ? !IsKatakana(c) : !IsHangul(c))) break;
    b = at;
    ++letters;
  }
  const int max = han ? 5 : kata ? 10 : 4;
  if (letters < 2 || letters > max) return h;
  // The run must start after a letter of no such script (a space, punctuation, kana, Latin).
  if (In(text.substr(b, e - b), kNotNames)) return h;
  return b;
}

// Greetings of a Chinese letter: "亲爱的磊：", "親愛的 Lihua，".
void ChineseGreeting(std::string_view text, std::vector<NameSpan>& out) {
  for (std::string_view g : {std::string_view("亲爱的"), std::string_view("親愛的")}) {
    for (std::size_t at = text.find(g); at != std::string_view::npos; at = text.find(g, at + 1)) {
      std::size_t b = at + g.size();
      while (b < text.size() && text[b] == ' ') ++b;
      std::size_t e = b;
      int letters = 0;
      while (e < text.size() && letters < 12) {
        const auto [cp, len] = DecodeUtf8(text, e);
        if (len == 0 || !(IsHan(cp) || IsNameLetter(cp) ||
                          (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))))) {
          break;
        }
        e += len;
        ++letters;
      }
      if (e == b || e >= text.size()) continue;
      const std::string_view rest = text.substr(e);
      if (!(rest.starts_with("：") || rest.starts_with("，") || rest.starts_with(":") ||
            rest.starts_with(","))) {
        continue;
      }
      const auto [cp, len] = DecodeUtf8(text, b);
      if (IsHan(cp) && letters > 3) continue;
      if (!IsHan(cp) && !(IsNameCapital(cp) || (cp < 0x80 && Upper(static_cast<char>(cp)))))
        continue;
      out.push_back(NameSpan{b, e});
    }
  }
}

// SURNAME/GIVEN of airline documents, with a name label, a list number, BCBP's "M1" or a title
// after it.
void AirlineNames(std::string_view text, std::vector<NameSpan>& out) {
  const std::size_t n = text.size();
  for (std::size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', at + 1)) {
    if (at < 2 || at + 3 >= n || !Upper(text[at + 1])) continue;
    // Capitals of any Latin letter ("BONNEFOY/JÉRÔME"), '\'' and '-'.
    auto cap = [](char32_t c) {
      return (c < 0x80 && (Upper(static_cast<char>(c)) || c == '\'' || c == '-')) ||
             (c >= 0xC0 && IsNameCapital(c));
    };
    std::size_t b = at;
    while (b > 0 && at - b < 40) {
      const auto [c, k] = Before(text, b);
      if (c == 0 || !cap(c)) break;
      b = k;
    }
    std::size_t e = at + 1;
    while (e < n && e - at < 40) {
      const auto [c, len] = DecodeUtf8(text, e);
      if (len == 0 || !cap(c)) break;
      e += len;
    }
    if (!Upper(text[b])) continue;
    if (at - b < 2 || e - at - 1 < 2) continue;
    if (e < n &&
        (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '/' || text[e] == '_'))
      continue;
    // BCBP: "M1" or "M2" glued before the surname.
    bool context = false;
    if (b >= 2 && text[b - 2] == 'M' && (text[b - 1] == '1' || text[b - 1] == '2')) {
      // the surname started at "M1": the loop stopped at the digit
      context = b < 3 || !std::isalnum(static_cast<unsigned char>(text[b - 3]));
    }
    if (b > 0 && std::isalnum(static_cast<unsigned char>(text[b - 1])) && !context) continue;
    // A title after it: " MR", " MRS", " MS", " MISS", " MSTR", " DR".
    for (std::string_view t : {" MRS", " MR", " MS", " MISS", " MSTR", " DR", " MX"}) {
      if (text.compare(e, t.size(), t) == 0 &&
          (e + t.size() >= n || !std::isalnum(static_cast<unsigned char>(text[e + t.size()])))) {
        context = true;
      }
    }
    // A name label or a list number before it on its line.
    std::size_t ls = b;
    while (ls > 0 && text[ls - 1] != '\n' && b - ls < 40) --ls;
    const std::string_view before = text.substr(ls, b - ls);
    std::string lower(before);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view label : {"name:", "name :", "passenger", "passager", "passagier",
                                   "pasajero", "passeggero", "traveller", "traveler", "guest:"}) {
      if (lower.find(label) != std::string::npos) context = true;
    }
    {
      std::size_t k = ls;
      while (k < b && text[k] == ' ') ++k;
      std::size_t d = k;
      while (d < b && std::isdigit(static_cast<unsigned char>(text[d]))) ++d;
      if (d > k && d + 2 == b && text[d] == '.' && text[d + 1] == ' ') context = true;
    }
    if (!context) continue;
    if (!out.empty() && out.back().end > b) continue;
    out.push_back(NameSpan{b, e});
    at = e;
  }
}

// "- [ ] @Zofia – ...": a task's owner.
void TaskOwners(std::string_view text, std::vector<NameSpan>& out) {
  for (std::size_t at = text.find("] @"); at != std::string_view::npos;
       at = text.find("] @", at + 1)) {
    if (at < 4 || text[at - 2] != '[' || text[at - 3] != ' ' ||
        (text[at - 4] != '-' && text[at - 4] != '*')) {
      continue;
    }
    const char box = text[at - 1];
    if (box != ' ' && box != 'x' && box != 'X') continue;
    const std::size_t b = at + 3;
    std::size_t e = b;
    int words = 0;
    while (e < text.size() && words < 3) {
      std::size_t w = e;
      while (w < text.size()) {
        const auto [cp, len] = DecodeUtf8(text, w);
        if (len == 0 || !(IsNameLetter(cp) || IsHan(cp) || IsKatakana(cp) || IsHangul(cp) ||
                          (cp < 0x80 && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) ||
                          cp == '-' || cp == '\'')) {
          break;
        }
        w += len;
      }
      if (w == e) break;
      const auto [first, fl] = DecodeUtf8(text, e);
      if (!(IsNameCapital(first) || (first < 0x80 && Upper(static_cast<char>(first))) ||
            IsHan(first) || IsKatakana(first) || IsHangul(first))) {
        break;
      }
      e = w;
      ++words;
      if (e + 1 < text.size() && text[e] == ' ' && text[e + 1] != '-' &&
          text.compare(e + 1, 3, "–") != 0 && text.compare(e + 1, 3, "—") != 0) {
        // another word of the name only when the next word is capitalised too
        const auto [nx, nl] = DecodeUtf8(text, e + 1);
        if (nl > 0 && (IsNameCapital(nx) || (nx < 0x80 && Upper(static_cast<char>(nx))))) {
          ++e;
          continue;
        }
      }
      break;
    }
    if (words == 0) continue;
    // The owner is followed by a dash, a colon or the line's end.
    const std::string_view rest = text.substr(e);
    if (!(rest.empty() || rest[0] == '\n' || rest[0] == ':' || rest.starts_with(" –") ||
          rest.starts_with(" -") || rest.starts_with(" —") || rest.starts_with(" to ") ||
          rest.starts_with(":"))) {
      continue;
    }
    out.push_back(NameSpan{b, e});
  }
}

// The common family names of China (simplified and traditional) and Korea: the first letter of
// almost every name written in those scripts.
constexpr std::string_view kChineseSurnames =
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭"
    "曾"
    "肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹"
    "鄒"
    "孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐";
constexpr std::string_view kKoreanSurnames =
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천"
    "방공"
    "현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사";

bool HasLetter(std::string_view set, std::string_view letter) {
  for (std::size_t i = 0; i + letter.size() <= set.size(); i += letter.size()) {
    if (set.compare(i, letter.size(), letter) == 0) return true;
  }
  return false;
}

// A chat line's speaker written in Chinese or Korean ("杨洋: 在路上了", "[09:26] 김지은:
// 안녕하세요", "01/02/2024, 19:24 - 刘磊: ..."): two to four letters opening the line (after a time
// stamp), a colon, and a family name's letter first.
void UncasedSpeakers(std::string_view text, std::vector<NameSpan>& out) {
  const std::size_t n = text.size();
  const std::size_t first = out.size();
  for (std::size_t ls = 0; ls < n;) {
    std::size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = n;
    std::size_t i = ls;
    while (i < le && (text[i] == ' ' || text[i] == '>')) ++i;
    // A time stamp: "[...]" or up to 24 bytes of digits, '/', '.', ',', ':' and spaces then
    // " - " (WhatsApp) .
    if (i < le && text[i] == '[') {
      const std::size_t close = text.find(']', i);
      if (close != std::string_view::npos && close < le && close - i < 32) i = close + 1;
    } else if (i < le && std::isdigit(static_cast<unsigned char>(text[i]))) {
      std::size_t k = i;
      while (k < le && k - i < 24 &&
             (std::isdigit(static_cast<unsigned char>(text[k])) || text[k] == '/' ||
              text[k] == '.' || text[k] == ',' || text[k] == ':' || text[k] == ' ')) {
        ++k;
      }
      if (text.compare(k, 2, "- ") == 0) i = k + 2;
    }
    while (i < le && text[i] == ' ') ++i;
    std::size_t e = i;
    int letters = 0;
    bool han = false, hangul = false;
    while (e < le && letters < 5) {
      const auto [cp, len] = DecodeUtf8(text, e);
      if (len == 0) break;
      if (IsHan(cp) && !hangul) {
        han = true;
      } else if (IsHangul(cp) && !han) {
        hangul = true;
      } else {
        break;
      }
      e += len;
      ++letters;
    }
    const std::string_view rest = text.substr(e, le - e);
    // A Korean full name has three syllables (two-syllable labels are words: 주소, 제목, 장소,
    // 엄마); a Chinese one two or three letters, minus the field labels that open with a
    // family name's letter (金额, 方式, 余额, ...).
    static constexpr std::string_view kHanLabels[] = {
        "金额", "方式", "方法", "余额", "任务", "程序", "周期", "高度", "钱包",
        "许可", "董事", "马上", "万元", "欧元", "黄金", "石油", "金額", "餘額"};
    if (((han && letters >= 2 && letters <= 3) || (hangul && letters == 3)) &&
        !(han && In(text.substr(i, e - i), kHanLabels)) &&
        (rest.starts_with(":") || rest.starts_with("\xef\xbc\x9a"))) {
      const std::string_view first = text.substr(i, 3);
      if ((han && HasLetter(kChineseSurnames, first)) ||
          (hangul && HasLetter(kKoreanSurnames, first))) {
        if (!In(text.substr(i, e - i), kNotNames)) out.push_back(NameSpan{i, e});
      }
    }
    ls = le + 1;
  }
  // A speaker speaks more than once: a label that opens one line only is a form's field
  // ("배송지:", "인수자:").
  if (out.size() == first) return;
  std::vector<std::string_view> labels;
  for (std::size_t a = first; a < out.size(); ++a) {
    labels.push_back(text.substr(out[a].begin, out[a].end - out[a].begin));
  }
  std::sort(labels.begin(), labels.end());
  std::size_t w = first;
  for (std::size_t a = first; a < out.size(); ++a) {
    const std::string_view label = text.substr(out[a].begin, out[a].end - out[a].begin);
    const auto [lo, hi] = std::equal_range(labels.begin(), labels.end(), label);
    if (hi - lo >= 2) out[w++] = out[a];
  }
  out.resize(w);
}

// The letters of a script without capitals in which names are written word by word:
// Arabic (and Persian), Hebrew, Devanagari, Bengali, Tamil, Telugu, Thai, Hangul.
int UncasedScript(char32_t cp) {
  if (cp >= 0x620 && cp <= 0x6D3) return 1;
  if (cp >= 0x5D0 && cp <= 0x5EA) return 2;
  if (cp >= 0x900 && cp <= 0x97F) return 3;
  if (cp >= 0x980 && cp <= 0x9FF) return 4;
  if (cp >= 0xB80 && cp <= 0xBFF) return 5;
  if (cp >= 0xC00 && cp <= 0xC7F) return 6;
  if (cp >= 0xE00 && cp <= 0xE7F) return 7;
  if (cp >= 0xAC00 && cp <= 0xD7A3) return 8;
  return 0;
}

// The word of one uncased script starting at `i` (its letters and combining marks): its end, or i.
std::size_t UncasedWordAt(std::string_view text, std::size_t i, int script) {
  std::size_t e = i;
  while (e < text.size()) {
    const auto [cp, len] = DecodeUtf8(text, e);
    if (len == 0 || UncasedScript(cp) != script) break;
    e += len;
  }
  return e;
}

// A title written before a name in an uncased script ("السيد يوسف سليمان", "آقای حسین احمدی",
// "מר יוסי לוי"), and an honorific written after one, a space apart ("राहुल मिश्रा जी",
// "లక్ష్మి రావు గారు", "박예린 님이"): the name is one or two words of the same script.
void UncasedTitledNames(std::string_view text, std::vector<NameSpan>& out) {
  static constexpr std::string_view kTitlesBefore[] = {"السيد",   "السيدة",  "للسيد", "للسيدة",
                                                       "الأستاذ", "الدكتور", "آقای",  "خانم",
                                                       "מר",      "גב'",     "הגב'"};
  for (std::string_view title : kTitlesBefore) {
    for (std::size_t at = text.find(title); at != std::string_view::npos;
         at = text.find(title, at + 1)) {
      if (at > 0) {
        const auto [prev, pk] = Before(text, at);
        if (UncasedScript(prev) != 0) continue;  // inside a longer word
      }
      std::size_t b = at + title.size();
      if (b >= text.size() || text[b] != ' ') continue;
      ++b;
      const auto [cp, len] = DecodeUtf8(text, b);
      const int script = len > 0 ? UncasedScript(cp) : 0;
      if (script == 0) continue;
      std::size_t e = UncasedWordAt(text, b, script);
      // "يوسف السيد إلى ...": السيد is a family name there, and a preposition follows it.
      static constexpr std::string_view kFunctionWords[] = {
          "إلى", "في", "من", "على", "عن", "مع", "و",  "أن", "قد", "هو",
          "هي",  "را", "به", "از",  "با", "در", "של", "את", "עם", "אל"};
      if (In(text.substr(b, e - b), kFunctionWords)) continue;
      if (e + 1 < text.size() && text[e] == ' ') {
        const auto [c2, l2] = DecodeUtf8(text, e + 1);
        if (l2 > 0 && UncasedScript(c2) == script) {
          const std::size_t e2 = UncasedWordAt(text, e + 1, script);
          if (!In(text.substr(e + 1, e2 - e - 1), kFunctionWords)) e = e2;
        }
      }
      if (e > b) out.push_back(NameSpan{b, e});
    }
  }
  static constexpr std::string_view kHonorificsAfter[] = {" जी", " గారు", " 님", " 씨", " 선생님"};
  for (std::string_view hon : kHonorificsAfter) {
    // Found by the honorific's letters (its leading space would make every space a candidate).
    const std::string_view letters = hon.substr(1);
    for (std::size_t hit = text.find(letters); hit != std::string_view::npos;
         hit = text.find(letters, hit + 1)) {
      if (hit == 0 || text[hit - 1] != ' ') continue;
      const std::size_t at = hit - 1;
      const std::size_t after = at + hon.size();
      if (after < text.size()) {
        const auto [next, nl] = DecodeUtf8(text, after);
        // "जी" must end its word; Korean particles may follow ("님이", "님께").
        if (hon == " जी" && nl > 0 && UncasedScript(next) == 3) continue;
      }
      const auto [last, lk] = Before(text, at);
      const int script = UncasedScript(last);
      if (script == 0) continue;
      std::size_t b = at;
      for (int words = 0; words < 2; ++words) {
        std::size_t w = b;
        while (w > 0) {
          const auto [c, k] = Before(text, w);
          if (c == 0 || UncasedScript(c) != script) break;
          w = k;
        }
        if (w == b) break;
        b = w;
        if (script == 8 || b < 2 || text[b - 1] != ' ') break;  // Korean: one word
        const auto [c3, k3] = Before(text, b - 1);
        if (UncasedScript(c3) != script) break;
        b = b - 1;  // the next word ends at the space
        std::size_t w2 = b;
        while (w2 > 0) {
          const auto [c, k] = Before(text, w2);
          if (c == 0 || UncasedScript(c) != script) break;
          w2 = k;
        }
        b = w2;
        break;
      }
      if (b < at && !In(text.substr(b, at - b), kNotNames)) out.push_back(NameSpan{b, at});
    }
  }
}

}  // namespace

// The letters of a word at `b` (to its end): all capitals ("RAMÍREZ"), capitalised ("Héctor")
// or neither.
enum class WordCase { kNone, kAllCaps, kCapitalised };

WordCase CaseOfWord(std::string_view text, std::size_t b, std::size_t& e) {
  e = b;
  bool caps = true, first = true, capitalised = false;
  int letters = 0;
  while (e < text.size()) {
    const auto [cp, len] = DecodeUtf8(text, e);
    if (len == 0) break;
    if (IsNameLetter(cp)) {
      const bool capital = IsNameCapital(cp);
      if (first) capitalised = capital;
      if (!capital) caps = false;
      first = false;
      ++letters;
    } else if (!(cp == '-' || cp == '\'') || first) {
      break;
    }
    e += len;
  }
  if (letters < 2) return WordCase::kNone;
  if (caps) return WordCase::kAllCaps;
  return capitalised ? WordCase::kCapitalised : WordCase::kNone;
}

// A letter a name may hold in any script: the cased ones, Han and kana, Hangul, the uncased
// scripts above, Armenian, Georgian, Ethiopic; and the marks inside a name ('-', '\'', '.',
// "・", "·").
bool PayeeLetter(char32_t cp) {
  return IsNameLetter(cp) || IsHan(cp) || IsKatakana(cp) || (cp >= 0x3041 && cp <= 0x3096) ||
         IsHangul(cp) || UncasedScript(cp) != 0 || (cp >= 0x531 && cp <= 0x587) ||
         (cp >= 0x10D0 && cp <= 0x10FF) || (cp >= 0x1200 && cp <= 0x135A) ||
         (cp >= 0x0B00 && cp <= 0x0DFF) || (cp >= 0x0300 && cp <= 0x036F);
}
bool PayeeMark(char32_t cp) { return cp == '-' || cp == '\'' || cp == 0x2019 || cp == 0x30FB || cp == 0xB7; }

// The particles a Latin name holds in lower case ("van der Berg", "da Silva", "bin Ali").
bool NameParticle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"van", "von", "der", "den", "de",  "da",
                                                    "das", "dos", "do",  "di",  "du",  "del",
                                                    "della", "la", "le", "bin", "binti", "al",
                                                    "el",  "ter", "ten", "zu"};
  return In(w, kParticles);
}

// The counterparty of a bank transfer, as statements and payment apps print it: after "SEPA
// transfer to", "virement à", "Überweisung an", "transferencia a", "bonifico a", "Zelle from",
// "przelew do" (and their other direction), the name up to the amount, the IBAN, the phone or
// the line's end: "Zelle from Nair, Rahul +30 694...", "SEPA virement à 高橋 健一   R$ 434,47".
// The name may be in any script; Latin words are capitalised (particles aside), and a word of
// an organisation (GmbH, Ltd, Bank) makes it none.
void PayeeNames(std::string_view text, std::vector<NameSpan>& out) {
  static constexpr std::string_view kPhrases[] = {
      "ransfer to ", "ransfer from ", "ayment to ", "ayment from ", "Zelle from ", "Zelle to ",
      "Venmo from ", "Venmo to ", "ire to ", "ire from ", "eceived from ", "irement \xc3\xa0 ",
      "irement de ", "irement vers ", "\xc3\x9c" "berweisung an ", "\xc3\x9c" "berweisung von ",
      "utschrift von ", "ransferencia a ", "ransferencia de ", "onifico a ", "onifico da ",
      "onifico di ", "ransfer\xc3\xaancia para ", "ransfer\xc3\xaancia de ", "PIX para ",
      "Pix para ", "PIX de ", "Pix de ", "verboeking naar ", "verboeking van ",
      "rzelew do ", "rzelew od ", "aiement \xc3\xa0 "};
  // Boyer-Moore-Horspool skips about a stem's length a step (string_view::find and glibc's
  // memmem cost 2-3 instructions a byte per stem).
  auto find_all = [&](std::string_view needle, auto&& each) {
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    for (auto it = text.begin();;) {
      const auto hit = searcher(it, text.end()).first;
      if (hit == text.end()) return;
      if (!each(static_cast<std::size_t>(hit - text.begin()))) return;
      it = hit + 1;
    }
  };
  // Each phrase holds one of these stems: find the stems (few places in most texts), then the
  // phrases that hold them there.
  static constexpr std::string_view kStems[] = {
      "ransf", "ayment", "aiement", "irement", "berweisung", "utschrift", "onifico", "verboeking",
      "rzelew", "Zelle ", "Venmo ", "PIX ", "Pix ", "ire to ", "ire from ", "eceived from "};
  std::vector<std::size_t> starts;  // where a phrase starts
  for (std::string_view stem : kStems) {
    find_all(stem, [&](std::size_t p) {
      for (std::string_view phrase : kPhrases) {
        const std::size_t off = phrase.find(stem);
        if (off == std::string_view::npos || p < off) continue;
        if (text.compare(p - off, phrase.size(), phrase) == 0) starts.push_back(p - off);
      }
      return starts.size() <= 4096;
    });
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  for (const std::size_t at : starts) {
    std::string_view phrase;
    for (std::string_view ph : kPhrases) {
      if (text.compare(at, ph.size(), ph) == 0 && ph.size() > phrase.size()) phrase = ph;
    }
    // The phrase's first letter (cut off above so that both cases match) starts a word.
    if (phrase[0] >= 'a' && phrase[0] <= 'z') {
      if (at == 0) continue;
      const char first = text[at - 1];
      if (!(first >= 'a' && first <= 'z') && !(first >= 'A' && first <= 'Z')) continue;
      if (at >= 2 && IsNameLetter(static_cast<unsigned char>(text[at - 2]))) continue;
    } else if (at > 0 && IsNameLetter(static_cast<unsigned char>(text[at - 1]))) {
      continue;
    }
    const std::size_t b = at + phrase.size();
    std::size_t e = b;
    int words = 0;
    bool comma = false, latin = false, unknown_case = false, mixed_case = false;
    bool code_follows = false;
    while (e < text.size() && words < 5 && e - b < 80) {
      // One word: letters (one script or another) and the marks inside a name.
      std::size_t w = e;
      bool lower_first = false;
      {
        const auto [cp, len] = DecodeUtf8(text, w);
        if (len == 0 || !PayeeLetter(cp)) break;
        if (IsNameLetter(cp)) {
          latin = true;
          lower_first = !IsNameCapital(cp);
        }
      }
      while (w < text.size()) {
        const auto [cp, len] = DecodeUtf8(text, w);
        if (len == 0 || !(PayeeLetter(cp) || PayeeMark(cp) || cp == '.')) break;
        w += len;
      }
      if (lower_first) {
        char buf[24];
        std::string_view key;
        if (!FoldNameWord(text.substr(e, w - e), buf, key) || !NameParticle(key)) {
          unknown_case = true;
          break;
        }
      } else if (IsNameLetter(DecodeUtf8(text, e).first)) {
        char buf[24];
        std::string_view key;
        if (FoldNameWord(text.substr(e, w - e), buf, key) &&
            (IsOrganisationWord(key) || IsCalendarWord(key) || IsTitleWord(key))) {
          unknown_case = true;
          break;
        }
      }
      // A code before a number ("FT 2024/0524", "REF 88") ends the name before it.
      if (w - e <= 4 && w + 1 < text.size() && text[w] == ' ' && text[w + 1] >= '0' &&
          text[w + 1] <= '9') {
        bool caps = true;
        for (std::size_t k = e; k < w; ++k) caps = caps && Upper(text[k]);
        if (caps) {
          code_follows = true;
          break;
        }
      }
      // A word glued to digits is a code or an IBAN ("LT81 2065 ..."): the name ended before.
      if (w < text.size() && text[w] >= '0' && text[w] <= '9') {
        code_follows = true;
        break;
      }
      if (IsNameLetter(DecodeUtf8(text, e).first)) {
        std::size_t we;
        if (CaseOfWord(text, e, we) != WordCase::kAllCaps) mixed_case = true;
      }
      e = w;
      ++words;
      // The next word after one space, ", " once ("Nair, Rahul") or an ideographic space.
      if (e + 1 < text.size() && text[e] == ' ' && text[e + 1] != ' ') {
        ++e;
      } else if (!comma && e + 2 < text.size() && text[e] == ',' && text[e + 1] == ' ' &&
                 words == 1) {
        comma = true;
        e += 2;
      } else if (text.compare(e, 3, "\xe3\x80\x80") == 0) {
        e += 3;
      } else {
        break;
      }
    }
    if (unknown_case || words == 0) continue;
    // Back off a trailing separator the loop stepped over.
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == ',' || text[e - 1] == '.')) --e;
    if (text.compare(e >= 3 ? e - 3 : e, 3, "\xe3\x80\x80") == 0) e -= 3;
    // What follows: the line's end, a gap of spaces, an amount, a phone or an IBAN.
    std::size_t f = e;
    while (f < text.size() && text[f] == ' ') ++f;
    const bool gap = f - e >= 2;
    const bool ends = f >= text.size() || text[f] == '\n' || text[f] == '\r';
    const bool number = f < text.size() && f > e &&
                        ((text[f] >= '0' && text[f] <= '9') || text[f] == '+' || text[f] == '(');
    const bool iban = f + 4 <= text.size() && f > e && Upper(text[f]) && Upper(text[f + 1]) &&
                      text[f + 2] >= '0' && text[f + 2] <= '9' && text[f + 3] >= '0' &&
                      text[f + 3] <= '9';
    if (!(gap || ends || number || iban || (code_follows && f > e))) continue;
    // A Latin name in capitals alone ("LIDL SAGT DANKE", "JOHN SMITH") holds a given name
    // the gazetteer knows.
    if (latin && !mixed_case) {
      bool known = false;
      for (std::size_t k = b; k < e && !known;) {
        std::size_t we;
        if (CaseOfWord(text, k, we) == WordCase::kNone || we == k) {
          ++k;
          continue;
        }
        char buf[24];
        std::string_view key;
        if (FoldNameWord(text.substr(k, we - k), buf, key)) {
          const std::uint16_t flags = GazetteerLookup(key);
          known = (flags & kFirstName) != 0 && (flags & kCommonWord) == 0;
        }
        k = we;
      }
      if (!known) continue;
    }
    // A Latin name has two words at least, or one the gazetteer knows as a name.
    if (latin && words == 1) {
      char buf[24];
      std::string_view key;
      if (!FoldNameWord(text.substr(b, e - b), buf, key)) continue;
      const std::uint16_t flags = GazetteerLookup(key);
      if ((flags & (kFirstName | kLastName)) == 0 || (flags & kCommonWord) != 0) continue;
    }
    out.push_back(NameSpan{b, e});
  }
}

// The order many countries' forms and Asian and French writers use, the family name in capitals
// next to the given name: "JEFFERSON Tremaine", "NOWAK Wojciech", "Ashley HASKINS". The given
// name must be one the gazetteer knows (and no everyday word); the capitals must be no English
// word unless the gazetteer knows them as a family name (acronyms stay: "SEPA Überweisung",
// "NOTE Anna"), and no longer run of capitals (a heading) may hold them.
void CapitalSurnames(std::string_view text, std::vector<NameSpan>& out) {
  auto given = [&](std::size_t b, std::size_t e) {
    char buf[24];
    std::string_view key;
    if (!FoldNameWord(text.substr(b, e - b), buf, key)) return false;
    const std::uint16_t flags = GazetteerLookup(key);
    return (flags & kFirstName) != 0 && (flags & kCommonWord) == 0;
  };
  auto family = [&](std::size_t b, std::size_t e) {
    char buf[24];
    std::string_view key;
    if (e - b < 3 || !FoldNameWord(text.substr(b, e - b), buf, key) || key.size() < 3) {
      return false;
    }
    // A code, not a name: glued to a digit or a dash ("XXXX-XXXX-2358", "BE-CZR4WUKX"), or a
    // part without a vowel ("BST-XIIRD").
    if (text[e - 1] == '-' || (e < text.size() && (std::isalnum(static_cast<unsigned char>(text[e])) ||
                                                   text[e] == '-'))) {
      return false;
    }
    bool vowel = false;
    for (std::size_t k = b; k <= e; ++k) {
      if (k == e || text[k] == '-') {
        if (!vowel) return false;
        vowel = false;
        continue;
      }
      const char c = text[k];
      vowel = vowel || c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y' ||
              static_cast<unsigned char>(c) >= 0x80;
    }
    const std::uint16_t flags = GazetteerLookup(key);
    // Four letters or fewer are an acronym ("CRM", "SQL", "GIVN") unless a family name.
    if (key.size() <= 4) return (flags & (kLastName | kAnyName)) != 0;
    if ((flags & (kCity | kCountry | kRegion)) != 0 && (flags & kLastName) == 0) return false;
    if ((flags & (kLastName | kAnyName)) != 0 && (flags & kCommonWord) == 0) return true;
    return !IsDictionaryWord(key) && !IsOrganisationWord(key);
  };
  auto word_start = [&](std::size_t i) {
    if (i == 0) return true;
    const auto [cp, k] = Before(text, i);
    return !(IsNameLetter(cp) || cp == '-' || cp == '\'' || (cp >= '0' && cp <= '9'));
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (!((u >= 'A' && u <= 'Z') || u == 0xC3 || u == 0xC4 || u == 0xC5)) continue;
    // Cheaply first (ASCII): a word of capitals here, or the next word starts with two.
    if (u < 0x80 && i + 1 < text.size() && !Upper(text[i + 1])) {
      std::size_t sp = i + 1;
      while (sp < text.size() && sp - i < 32 && text[sp] != ' ' && text[sp] != '\n') ++sp;
      if (sp + 2 >= text.size() || text[sp] != ' ') continue;
      const auto n1 = static_cast<unsigned char>(text[sp + 1]);
      const auto n2 = static_cast<unsigned char>(text[sp + 2]);
      if (!((Upper(static_cast<char>(n1)) || n1 == 0xC3 || n1 == 0xC4 || n1 == 0xC5) &&
            (Upper(static_cast<char>(n2)) || n2 >= 0x80))) {
        continue;
      }
    }
    if (!word_start(i)) continue;
    std::size_t e1;
    const WordCase c1 = CaseOfWord(text, i, e1);
    if (c1 == WordCase::kNone || e1 + 1 >= text.size() || text[e1] != ' ') {
      i = std::max(i, e1 > 0 ? e1 - 1 : 0);
      continue;
    }
    std::size_t e2;
    const WordCase c2 = CaseOfWord(text, e1 + 1, e2);
    bool caps_first = c1 == WordCase::kAllCaps && c2 == WordCase::kCapitalised;
    const bool caps_last = c1 == WordCase::kCapitalised && c2 == WordCase::kAllCaps;
    // Two family names in capitals before the given name ("GARCÍA RUIZ Rubén"): the first is
    // read as one more family name and the rest as above.
    std::size_t name_begin = i;
    if (c1 == WordCase::kAllCaps && c2 == WordCase::kAllCaps && e2 + 1 < text.size() &&
        text[e2] == ' ' && family(i, e1)) {
      std::size_t e3;
      if (CaseOfWord(text, e2 + 1, e3) == WordCase::kCapitalised) {
        name_begin = i;
        i = e1 + 1;
        e1 = e2;
        e2 = e3;
        caps_first = true;
      }
    }
    if (!caps_first && !caps_last) {
      i = e1 - 1;
      continue;
    }
    // Not within a heading of capitals: the word before and after are no capitals.
    std::size_t before = name_begin;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before < name_begin && before > 0) {
      std::size_t k = before;
      while (k > 0 && IsNameLetter(static_cast<unsigned char>(text[k - 1]))) --k;
      std::size_t ke;
      if (k < before && CaseOfWord(text, k, ke) == WordCase::kAllCaps && ke == before) {
        i = e1 - 1;
        continue;
      }
    }
    if (e2 < text.size() && text[e2] == ' ') {
      std::size_t e3;
      if (CaseOfWord(text, e2 + 1, e3) == WordCase::kAllCaps) {
        i = e2 - 1;
        continue;
      }
    }
    const bool ok = caps_first ? family(i, e1) && given(e1 + 1, e2)
                               : given(i, e1) && family(e1 + 1, e2);
    if (!ok) {
      i = e1 - 1;
      continue;
    }
    // A second given name ("PEREIRA Luiz Felipe").
    if (caps_first && e2 + 1 < text.size() && text[e2] == ' ') {
      std::size_t e3;
      if (CaseOfWord(text, e2 + 1, e3) == WordCase::kCapitalised && given(e2 + 1, e3)) e2 = e3;
    }
    out.push_back(NameSpan{name_begin < i ? name_begin : i, e2});
    i = e2 - 1;
  }
}

// The family name first with a comma, as registers, rosters, records and sign-offs write it:
// "Lindgren, Nils", "Ramírez, Cuauhtémoc", "Bautista, Mark Anthony". The given name after the
// comma must be one the gazetteer knows (and no everyday word); the family name before it is
// capitalised, no English word unless a known family name, and no place, month or title; a
// given name alone before the comma is a list ("Anna, Mark"), not this.
void InvertedNames(std::string_view text, std::vector<NameSpan>& out) {
  auto fold = [&](std::size_t b, std::size_t e, char (&buf)[24], std::string_view& key) {
    return FoldNameWord(text.substr(b, e - b), buf, key);
  };
  for (std::size_t at = text.find(", "); at != std::string_view::npos;
       at = text.find(", ", at + 2)) {
    // The family name: the capitalised word right before the comma.
    std::size_t b = at;
    while (b > 0) {
      const auto [cp, k] = Before(text, b);
      if (!(IsNameLetter(cp) || cp == '-' || cp == '\'' || cp == 0x2019)) break;
      b = k;
    }
    if (b == at) continue;
    std::size_t fe;
    if (CaseOfWord(text, b, fe) != WordCase::kCapitalised || fe != at) continue;
    // Not the last word of a longer capitalised run ("New York, Anna"), nor after a digit.
    if (b > 0) {
      const auto [cp, k] = Before(text, b);
      if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '"' && cp != '(' && cp != '[' &&
          cp != ':' && cp != '>' && cp != '\'' && cp != '*' && cp != '|' && cp != 0x201C) {
        continue;
      }
      if (cp == ' ' && k > 0) {
        std::size_t pb = k;
        while (pb > 0 && IsNameLetter(static_cast<unsigned char>(text[pb - 1]))) --pb;
        const auto [pc, pl] = DecodeUtf8(text, pb);
        if (pb < k && IsNameCapital(pc)) continue;
      }
    }
    char fbuf[24];
    std::string_view fkey;
    if (!fold(b, at, fbuf, fkey) || fkey.size() < 2) continue;
    const std::uint16_t fflags = GazetteerLookup(fkey);
    const bool known_family = (fflags & (kLastName | kAnyName)) != 0;
    if ((fflags & kFirstName) != 0 && (fflags & kLastName) == 0) continue;  // "Anna, Mark"
    if ((fflags & (kCity | kCountry | kRegion)) != 0 && (fflags & kLastName) == 0) continue;
    if (!known_family && IsDictionaryWord(fkey)) continue;
    if ((fflags & kCommonWord) != 0 || IsCalendarWord(fkey) || IsTitleWord(fkey) ||
        IsOrganisationWord(fkey)) {
      continue;
    }
    // The given name(s): one or two capitalised words, the first a known given name.
    const std::size_t gb = at + 2;
    std::size_t ge;
    if (CaseOfWord(text, gb, ge) != WordCase::kCapitalised) continue;
    char gbuf[24];
    std::string_view gkey;
    if (!fold(gb, ge, gbuf, gkey)) continue;
    const std::uint16_t gflags = GazetteerLookup(gkey);
    // A given name that is also a word ("Mark", "Will") only after a known family name.
    if ((gflags & kFirstName) == 0 || ((gflags & kCommonWord) != 0 && !known_family)) continue;
    std::size_t e = ge;
    if (e + 1 < text.size() && text[e] == ' ') {
      std::size_t e2;
      if (CaseOfWord(text, e + 1, e2) == WordCase::kCapitalised) {
        char buf2[24];
        std::string_view key2;
        if (fold(e + 1, e2, buf2, key2) && (GazetteerLookup(key2) & kFirstName) != 0 &&
            (GazetteerLookup(key2) & kCommonWord) == 0) {
          e = e2;
        }
      }
    }
    // The name ends: no letter or digit glued after it, no possessive ("Victoria's Secret").
    if (e < text.size()) {
      const auto [cp, len] = DecodeUtf8(text, e);
      if (IsNameLetter(cp) || (cp >= '0' && cp <= '9')) continue;
      if ((cp == '\'' || cp == 0x2019) && e + len < text.size() &&
          (text[e + len] == 's' || text[e + len] == 'S')) {
        continue;
      }
    }
    out.push_back(NameSpan{b, e});
  }
}

// Names that a format or a convention puts in a slot of their own:
//   - the owner of a code comment's TODO, FIXME, HACK or XXX: "# TODO(Harry): rotate",
//     "// FIXME(Žygimantas)", "-- TODO(ዳዊት)" (a login in lower case, "TODO(jdoe)", is a handle
//     and stays);
//   - an iCalendar attendee's or organizer's common name: "ATTENDEE;CN=Carvalho, Inês;...:mailto:",
//     "ORGANIZER;CN="伊藤さくら":mailto:".
void SlotNames(std::string_view text, std::vector<NameSpan>& out) {
  auto name_like = [&](std::size_t b, std::size_t e, bool allow_comma) {
    if (e <= b || e - b > 64) return false;
    bool letter = false;
    for (std::size_t k = b; k < e;) {
      const auto [cp, len] = DecodeUtf8(text, k);
      if (len == 0) return false;
      if (k == b && IsNameLetter(cp) && !IsNameCapital(cp)) return false;  // "jdoe"
      if (PayeeLetter(cp)) {
        letter = true;
      } else if (!(PayeeMark(cp) || cp == ' ' || cp == '.' || (allow_comma && cp == ','))) {
        return false;
      }
      k += len;
    }
    return letter;
  };
  for (std::string_view tag : {std::string_view("TODO("), std::string_view("FIXME("),
                               std::string_view("HACK("), std::string_view("XXX(")}) {
    for (std::size_t at = text.find(tag); at != std::string_view::npos;
         at = text.find(tag, at + tag.size())) {
      const std::size_t b = at + tag.size();
      const std::size_t e = text.find(')', b);
      if (e == std::string_view::npos || e - b > 64) continue;
      if (text.substr(b, e - b).find('\n') != std::string_view::npos) continue;
      if (name_like(b, e, false)) out.push_back(NameSpan{b, e});
    }
  }
  for (std::string_view tag : {std::string_view("ATTENDEE"), std::string_view("ORGANIZER")}) {
    for (std::size_t at = text.find(tag); at != std::string_view::npos;
         at = text.find(tag, at + tag.size())) {
      std::size_t le = text.find('\n', at);
      if (le == std::string_view::npos) le = text.size();
      const std::size_t cn = text.find(";CN=", at);
      if (cn == std::string_view::npos || cn > le) continue;
      std::size_t b = cn + 4, e;
      if (b < le && text[b] == '"') {
        ++b;
        e = text.find('"', b);
        if (e == std::string_view::npos || e > le) continue;
      } else {
        e = b;
        while (e < le && text[e] != ';' && text[e] != ':' && text[e] != '\r') ++e;
      }
      while (e > b && text[e - 1] == ' ') --e;
      if (text.substr(b, e - b).find('@') != std::string_view::npos) continue;
      if (name_like(b, e, true)) out.push_back(NameSpan{b, e});
    }
  }
}

void FindMarkedNames(std::string_view text, std::vector<NameSpan>& out) {
  const std::size_t first = out.size();
  // Honorifics: each occurrence of each (rare bytes: most texts have none).
  for (std::string_view h : kHonorifics) {
    for (std::size_t at = text.find(h); at != std::string_view::npos; at = text.find(h, at + 1)) {
      // "님" inside "선생님" is read once, as "선생님".
      if (h == "님" && at >= 6 && text.compare(at - 6, 6, "선생") == 0) continue;
      const std::size_t b = NameBeforeHonorific(text, at, 0);
      if (b < at) {
        std::size_t e = at;
        while (e > b && text[e - 1] == ' ') --e;
        out.push_back(NameSpan{b, e});
      }
    }
  }
  ChineseGreeting(text, out);
  UncasedSpeakers(text, out);
  UncasedTitledNames(text, out);
  AirlineNames(text, out);
  TaskOwners(text, out);
  PayeeNames(text, out);
  CapitalSurnames(text, out);
  InvertedNames(text, out);
  SlotNames(text, out);
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
  // Drop overlaps (the first wins).
  std::size_t w = first, last_end = 0;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (w > first && out[i].begin < last_end) continue;
    last_end = out[i].end;
    out[w++] = out[i];
  }
  out.resize(w);
}

}  // namespace mcpgw::guards::pii
