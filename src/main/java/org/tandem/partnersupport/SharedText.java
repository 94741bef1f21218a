package org.tandem.partnersupport;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the share filter reads it, so that her details are found however they are dressed up.
 * Both the text and her details go through the same steps: Unicode NFKC with case folding (full-
 * width letters, ligatures, capitals); every character folded to the Latin letter it looks like
 * (Unicode's confusables, UTS #39 skeletons: a Cyrillic і is an i); accents dropped; and everything
 * that is not a letter or digit taken as a gap between words. A detail is then found where whole
 * words of the text, run together, spell it exactly, so "J.a.n.e", "j a n e" and "Imaginary-Lane"
 * are found, while "joined" is not "Jo". Long details are also found inside run-together text.
 */
final class SharedText {

  /** From this many letters a detail is also looked for inside words: "MsTestington". */
  static final int FOUND_INSIDE_WORDS_FROM = 7;

  private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();
  private static final Normalizer2 NFKC_FOLDED = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern GAPS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final List<String> words;
  private final String runTogether;
  private final String digits;

  private SharedText(String text) {
    this.words = words(text);
    this.runTogether = String.join("", words);
    this.digits = digits(text);
  }

  static SharedText of(String text) {
    return new SharedText(text == null ? "" : text);
  }

  /**
   * Whether the text holds this detail: whole words spelling it, or (when it is long) the run-
   * together text containing it. A detail shorter than {@code fewest} letters is not looked for.
   */
  boolean holds(String detail, int fewest) {
    if (detail == null) {
      return false;
    }
    String wanted = String.join("", words(detail));
    if (wanted.isEmpty() || wanted.length() < fewest) {
      return false;
    }
    if (wanted.length() >= FOUND_INSIDE_WORDS_FROM && runTogether.contains(wanted)) {
      return true;
    }
    for (int from = 0; from < words.size(); from++) {
      StringBuilder spelt = new StringBuilder();
      for (int to = from; to < words.size() && spelt.length() < wanted.length(); to++) {
        spelt.append(words.get(to));
      }
      if (spelt.toString().equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Every digit in the text in order, whatever script it was written in. */
  String digits() {
    return digits;
  }

  static String digits(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    NFKC_FOLDED
        .normalize(text)
        .codePoints()
        .filter(Character::isDigit)
        .forEach(cp -> out.append(Character.digit(cp, 10)));
    return out.toString();
  }

  /** The text's words after normalising, in order. */
  static List<String> words(String text) {
    String normal = normalised(text);
    return Arrays.stream(GAPS.split(normal)).filter(w -> !w.isEmpty()).toList();
  }

  private static String normalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    NFKC_FOLDED.normalize(text).codePoints().forEach(cp -> out.append(latin(cp)));
    return out.toString();
  }

  /**
   * The Latin letters a character looks like. A small letter whose look-alike is a small capital
   * (Cyrillic т looks like ᴛ) is tried as its capital too, so that "Тestington" is Testington.
   */
  private static String latin(int cp) {
    String one = skeleton(UCharacter.toString(cp));
    if (ascii(one) || !Character.isLetter(cp)) {
      return one;
    }
    String capital = skeleton(UCharacter.toString(UCharacter.toUpperCase(cp)));
    return ascii(capital) ? capital : one;
  }

  private static String skeleton(String s) {
    String folded = NFKC_FOLDED.normalize(CONFUSABLES.getSkeleton(s));
    return MARKS.matcher(NFD.normalize(folded)).replaceAll("");
  }

  private static boolean ascii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }
}
