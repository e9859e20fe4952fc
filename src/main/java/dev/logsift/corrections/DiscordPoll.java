package dev.logsift.corrections;

import dev.logsift.core.BadInputException;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.DedupStore;
import dev.logsift.dedup.PostedCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled pass over recent Discord cards: ✅ confirms, ✏️ plus a "category: reason" reply corrects,
 * ✏️ without one gets a single reply asking for it. Running it twice stores and asks nothing twice.
 */
public final class DiscordPoll {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordPoll.class);
  public static final String SOURCE = "discord";
  static final String ASK = "<@%s> to correct this card, reply to it with `category: reason`, for example "
      + "`security: unexpected role assumed from new account`. Categories: transient, dependency, application, "
      + "security, unknown.";

  /**
   * @param stored corrections written by this pass
   * @param alreadyStored verdicts found again that were stored by an earlier pass
   * @param asked ✏️ reactions answered with a request for a reply
   * @param waiting ✏️ reactions still without a valid reply after we asked
   */
  public record Report(int cards, int stored, int alreadyStored, int asked, int waiting, int failedCards) {}

  private final DedupStore dedup;
  private final DiscordReactions discord;
  private final Corrections corrections;
  private final CorrectionRecorder recorder;
  private final Clock clock;
  private final Duration lookback;
  private final String defaultChannel;

  /** @param defaultChannel DISCORD_CHANNEL_ID, for cards whose delivery did not record a channel */
  public DiscordPoll(DedupStore dedup, DiscordReactions discord, Corrections corrections, CorrectionRecorder recorder,
      Clock clock, Duration lookback, String defaultChannel) {
    this.dedup = dedup;
    this.discord = discord;
    this.corrections = corrections;
    this.recorder = recorder;
    this.clock = clock;
    this.lookback = lookback;
    this.defaultChannel = defaultChannel;
  }

  /**
   * @throws DownstreamUnavailableException after trying every card, if Discord or the store failed for any,
   *     so the invocation fails and the next scheduled run retries
   */
  public Report poll() {
    Instant now = clock.instant();
    int[] n = new int[6];
    DownstreamUnavailableException first = null;
    for (PostedCard card : dedup.recentCards(now.minus(lookback))) {
      if (!SOURCE.equals(card.delivery().destination())) {
        continue;
      }
      String channel = card.delivery().channel() == null || card.delivery().channel().isBlank() ? defaultChannel
          : card.delivery().channel();
      if (channel == null) {
        continue;
      }
      n[0]++;
      try {
        pollCard(card, channel, now, n);
      } catch (DownstreamUnavailableException e) {
        first = first == null ? e : first;
        n[5]++;
        LOG.warn("corrections poll failed for fingerprint {}: {}", card.fingerprint(), e.getMessage());
      } catch (BadInputException e) {
        // A delivery we cannot address will not improve on retry: skip it rather than fail every run.
        n[5]++;
        LOG.warn("corrections poll skipped fingerprint {}: {}", card.fingerprint(), e.getMessage());
      }
    }
    Report r = new Report(n[0], n[1], n[2], n[3], n[4], n[5]);
    LOG.info("discord poll cards={} stored={} alreadyStored={} asked={} waiting={} failedCards={}", r.cards(),
        r.stored(), r.alreadyStored(), r.asked(), r.waiting(), r.failedCards());
    if (first != null) {
      throw first;
    }
    return r;
  }

  private void pollCard(PostedCard card, String channel, Instant now, int[] n) {
    String id = card.delivery().messageId();
    Set<String> confirmers = humans(discord.reactors(channel, id, DiscordReactions.CONFIRM));
    Set<String> correctors = humans(discord.reactors(channel, id, DiscordReactions.CORRECT));
    List<DiscordReactions.Message> replies = correctors.isEmpty() ? List.of() : discord.repliesTo(channel, id);
    for (String user : correctors) {
      if (corrections.exists(Correction.keyFor(SOURCE, id, user, card.postedAt()))) {
        n[2]++;
        continue;
      }
      Optional<DiscordReactions.Message> valid = replies.stream()
          .filter(m -> !m.authorBot() && user.equals(m.authorId()) && Reply.parse(m.content()).isPresent())
          .findFirst();
      if (valid.isPresent()) {
        Reply reply = Reply.parse(valid.get().content()).orElseThrow();
        Instant at = valid.get().at() == null ? now : valid.get().at();
        n[recorder.record(card, SOURCE, user, reply.category(), reply.reason(), at, discord.link(channel, id)) ? 1 : 2]++;
      } else if (!corrections.asked(SOURCE, id, user)) {
        discord.reply(channel, id, user, ASK.formatted(user));
        corrections.markAsked(SOURCE, id, user, now);
        n[3]++;
      } else {
        n[4]++;
      }
    }
    for (String user : confirmers) {
      if (correctors.contains(user)) {
        continue;
      }
      if (corrections.exists(Correction.keyFor(SOURCE, id, user, card.postedAt()))) {
        n[2]++;
        continue;
      }
      n[recorder.record(card, SOURCE, user, null, null, now, discord.link(channel, id)) ? 1 : 2]++;
    }
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
