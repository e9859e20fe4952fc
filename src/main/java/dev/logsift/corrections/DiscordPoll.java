package dev.logsift.corrections;

import dev.logsift.chat.discord.DiscordApi;
import dev.logsift.chat.discord.DiscordReactions;

import dev.logsift.core.BadInputException;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.CardIndex;
import dev.logsift.dedup.PostedCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled pass over recent Discord cards: ✅ confirms, ✏️ plus a "category: reason" reply corrects,
 * ✏️ without one gets a single reply asking for it. Running it twice stores and asks nothing twice.
 *
 * <p>Cost grows with pages, not cards: the channel's history is read in pages of 100 (each message carries its
 * reaction counts), and reactors are asked for only on cards whose ✅/✏️ counts, or human replies, changed
 * since the last run. A pass stops before the invocation's deadline and the next run continues the scan
 * where it stopped.
 */
public final class DiscordPoll {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordPoll.class);
  public static final String SOURCE = "discord";
  static final String ASK = "<@%s> to correct this card, reply to it with `category: reason`, for example "
      + "`security: unexpected role assumed from new account`. Categories: transient, dependency, application, "
      + "security, unknown.";
  /**
   * Time kept back for the slowest request and writing the state: the history scan stops at twice this
   * left, so the cards it found are still checked, and card checks stop at this left.
   */
  public static final Duration DEFAULT_RESERVE = Duration.ofSeconds(10);

  /**
   * @param cards cards of the look-back period on Discord
   * @param stored corrections written by this pass
   * @param alreadyStored verdicts found again that were stored by an earlier pass
   * @param asked ✏️ reactions answered with a request for a reply
   * @param waiting ✏️ reactions still without a valid reply after we asked
   * @param checked cards whose reactors were read because their counts or replies changed
   * @param pages history pages read
   * @param complete false when the deadline cut the pass short (the next run continues it)
   */
  public record Report(int cards, int stored, int alreadyStored, int asked, int waiting, int failedCards,
      int checked, int pages, boolean complete) {
    public Report(int cards, int stored, int alreadyStored, int asked, int waiting, int failedCards) {
      this(cards, stored, alreadyStored, asked, waiting, failedCards, 0, 0, true);
    }
  }

  private final CardIndex cards;
  private final DiscordReactions discord;
  private final Corrections corrections;
  private final CorrectionRecorder recorder;
  private final Clock clock;
  private final Duration lookback;
  private final String defaultChannel;
  private final long reserveMillis;

  /** @param defaultChannel DISCORD_CHANNEL_ID, for cards whose delivery did not record a channel */
  public DiscordPoll(CardIndex cards, DiscordReactions discord, Corrections corrections, CorrectionRecorder recorder,
      Clock clock, Duration lookback, String defaultChannel) {
    this(cards, discord, corrections, recorder, clock, lookback, defaultChannel, DEFAULT_RESERVE);
  }

  /** @param reserve stop starting new card checks when less than this is left of the invocation */
  public DiscordPoll(CardIndex cards, DiscordReactions discord, Corrections corrections, CorrectionRecorder recorder,
      Clock clock, Duration lookback, String defaultChannel, Duration reserve) {
    this.cards = cards;
    this.discord = discord;
    this.corrections = corrections;
    this.recorder = recorder;
    this.clock = clock;
    this.lookback = lookback;
    this.defaultChannel = defaultChannel;
    this.reserveMillis = reserve.toMillis();
  }

  /** A pass without a deadline (the CLI, tests). */
  public Report poll() {
    return poll(() -> Long.MAX_VALUE);
  }

  /**
   * @param remainingMillis time left in the invocation
   * @throws DownstreamUnavailableException after trying every changed card, if Discord or the store failed
   *     for any, so the invocation fails and the next scheduled run retries
   */
  public Report poll(LongSupplier remainingMillis) {
    Instant now = clock.instant();
    Tally n = new Tally();
    Map<String, Map<String, PostedCard>> byChannel = new TreeMap<>();
    for (PostedCard card : cards.recentCards(now.minus(lookback))) {
      if (!SOURCE.equals(card.delivery().destination())) {
        continue;
      }
      String channel = card.delivery().channel() == null || card.delivery().channel().isBlank() ? defaultChannel
          : card.delivery().channel();
      if (channel == null) {
        continue;
      }
      n.cards++;
      if (!snowflake(channel) || !snowflake(card.delivery().messageId())) {
        // A delivery we cannot address will not improve on retry: skip it rather than fail every run.
        n.failed++;
        LOG.warn("corrections poll skipped fingerprint {}: not a Discord id", card.fingerprint());
        continue;
      }
      byChannel.computeIfAbsent(channel, c -> new LinkedHashMap<>()).put(card.delivery().messageId(), card);
    }
    // A short timeout keeps a quarter of itself back rather than the whole default reserve.
    long reserve = Math.min(reserveMillis, remainingMillis.getAsLong() / 4);
    DownstreamUnavailableException first = null;
    for (Map.Entry<String, Map<String, PostedCard>> e : byChannel.entrySet()) {
      try {
        pollChannel(e.getKey(), e.getValue(), now, remainingMillis, reserve, n);
      } catch (DownstreamUnavailableException ex) {
        first = first == null ? ex : first;
      }
      if (first == null && n.stoppedEarly) {
        break;
      }
    }
    Report r = new Report(n.cards, n.stored, n.alreadyStored, n.asked, n.waiting, n.failed, n.checked, n.pages,
        !n.stoppedEarly);
    LOG.info("discord poll cards={} checked={} pages={} stored={} alreadyStored={} asked={} waiting={} failedCards={}"
        + " complete={}", r.cards(), r.checked(), r.pages(), r.stored(), r.alreadyStored(), r.asked(), r.waiting(),
        r.failedCards(), r.complete());
    if (first != null) {
      throw first;
    }
    return r;
  }

  private static final class Tally {
    int cards;
    int stored;
    int alreadyStored;
    int asked;
    int waiting;
    int failed;
    int checked;
    int pages;
    boolean stoppedEarly;
  }

  /** Scans the channel's history (newest first) down to its oldest card, then checks the cards that changed. */
  private void pollChannel(String channel, Map<String, PostedCard> cards, Instant now, LongSupplier remaining,
      long reserveMillis, Tally n) {
    PollState state = PollState.read(corrections.store(), channel);
    String oldestCard = cards.keySet().stream().reduce((a, b) -> DiscordApi.newerThan(a, b) ? b : a).orElseThrow();
    Map<String, DiscordReactions.Message> found = new LinkedHashMap<>();
    Map<String, String> newestReply = new HashMap<>();
    Map<String, List<DiscordReactions.Message>> replies = new HashMap<>();
    String before = state.resumeBefore;
    // A scan from the newest message sees every reply to the cards it finds: no separate request for them.
    boolean seesAllReplies = before == null;
    boolean scanned = false;
    while (remaining.getAsLong() > 2 * reserveMillis) {
      List<DiscordReactions.Message> page = discord.history(channel, before);
      n.pages++;
      String oldest = null;
      for (DiscordReactions.Message m : page) {
        if (cards.containsKey(m.id())) {
          found.put(m.id(), m);
        }
        if (m.replyTo() != null && cards.containsKey(m.replyTo())) {
          replies.computeIfAbsent(m.replyTo(), k -> new java.util.ArrayList<>()).add(m);
          if (!m.authorBot()) {
            newestReply.merge(m.replyTo(), m.id(), (a, b) -> DiscordApi.newerThan(a, b) ? a : b);
          }
        }
        oldest = oldest == null || DiscordApi.newerThan(oldest, m.id()) ? m.id() : oldest;
      }
      if (page.size() < DiscordReactions.PAGE || oldest == null || !DiscordApi.newerThan(oldest, oldestCard)) {
        scanned = true;
        break;
      }
      before = oldest;
    }
    if (!scanned) {
      n.stoppedEarly = true;
    }
    // The next run continues an interrupted scan; after a complete one it starts again from the newest message.
    state.resumeBefore = scanned ? null : before;
    DownstreamUnavailableException first = null;
    for (DiscordReactions.Message m : found.values()) {
      PostedCard card = cards.get(m.id());
      PollState.Seen was = state.cards.getOrDefault(m.id(), PollState.Seen.NONE);
      String reply = newestReply.get(m.id());
      if (reply == null || (was.reply() != null && !DiscordApi.newerThan(reply, was.reply()))) {
        reply = was.reply();
      }
      PollState.Seen now2 = new PollState.Seen(m.count(DiscordReactions.CONFIRM), m.count(DiscordReactions.CORRECT),
          reply);
      if (now2.equals(was)) {
        continue;
      }
      if (remaining.getAsLong() <= reserveMillis) {
        n.stoppedEarly = true;
        break;
      }
      n.checked++;
      try {
        List<DiscordReactions.Message> known = seesAllReplies ? oldestFirst(replies.get(m.id())) : null;
        pollCard(card, channel, now, now2, known, n);
        remember(state, m.id(), now2);
      } catch (DownstreamUnavailableException e) {
        first = first == null ? e : first;
        n.failed++;
        LOG.warn("corrections poll failed for fingerprint {}: {}", card.fingerprint(), e.getMessage());
      } catch (BadInputException e) {
        n.failed++;
        remember(state, m.id(), now2);
        LOG.warn("corrections poll skipped fingerprint {}: {}", card.fingerprint(), e.getMessage());
      }
    }
    state.cards.keySet().retainAll(cards.keySet());
    state.write(corrections.store(), channel);
    if (first != null) {
      throw first;
    }
  }

  private static void remember(PollState state, String id, PollState.Seen seen) {
    if (seen.equals(PollState.Seen.NONE)) {
      state.cards.remove(id);
    } else {
      state.cards.put(id, seen);
    }
  }

  private static List<DiscordReactions.Message> oldestFirst(List<DiscordReactions.Message> replies) {
    if (replies == null) {
      return List.of();
    }
    List<DiscordReactions.Message> sorted = new java.util.ArrayList<>(replies);
    sorted.sort((a, b) -> DiscordApi.newerThan(a.id(), b.id()) ? 1 : DiscordApi.newerThan(b.id(), a.id()) ? -1 : 0);
    return sorted;
  }

  /** @param knownReplies the card's replies, oldest first, when the scan saw them all; null to ask Discord */
  private void pollCard(PostedCard card, String channel, Instant now, PollState.Seen counts,
      List<DiscordReactions.Message> knownReplies, Tally n) {
    String id = card.delivery().messageId();
    Set<String> confirmers = counts.confirms() == 0 ? Set.of()
        : humans(discord.reactors(channel, id, DiscordReactions.CONFIRM));
    Set<String> correctors = counts.corrects() == 0 ? Set.of()
        : humans(discord.reactors(channel, id, DiscordReactions.CORRECT));
    List<DiscordReactions.Message> replies = correctors.isEmpty() ? List.of()
        : knownReplies != null ? knownReplies : discord.repliesTo(channel, id);
    for (String user : correctors) {
      if (corrections.exists(Correction.keyFor(SOURCE, id, user, card.postedAt()))) {
        n.alreadyStored++;
        continue;
      }
      Optional<DiscordReactions.Message> valid = replies.stream()
          .filter(m -> !m.authorBot() && user.equals(m.authorId()) && Reply.parse(m.content()).isPresent())
          .findFirst();
      if (valid.isPresent()) {
        Reply reply = Reply.parse(valid.get().content()).orElseThrow();
        Instant at = valid.get().at() == null ? now : valid.get().at();
        if (recorder.record(card, SOURCE, user, reply.category(), reply.reason(), at, discord.link(channel, id))) {
          n.stored++;
        } else {
          n.alreadyStored++;
        }
      } else if (!corrections.asked(SOURCE, id, user)) {
        discord.reply(channel, id, user, ASK.formatted(user));
        corrections.markAsked(SOURCE, id, user, now);
        n.asked++;
      } else {
        n.waiting++;
      }
    }
    for (String user : confirmers) {
      if (correctors.contains(user)) {
        continue;
      }
      if (corrections.exists(Correction.keyFor(SOURCE, id, user, card.postedAt()))) {
        n.alreadyStored++;
        continue;
      }
      if (recorder.record(card, SOURCE, user, null, null, now, discord.link(channel, id))) {
        n.stored++;
      } else {
        n.alreadyStored++;
      }
    }
  }

  private static boolean snowflake(String s) {
    return s != null && s.matches("[0-9]{1,25}");
  }

  private static Set<String> humans(List<DiscordReactions.User> users) {
    Set<String> ids = new LinkedHashSet<>();
    for (DiscordReactions.User u : users) {
      if (!u.bot()) {
        ids.add(u.id());
      }
    }
    return ids;
  }
}
