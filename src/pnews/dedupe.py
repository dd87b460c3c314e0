"""`pnews dedupe`: exact and near-duplicate articles in one streaming pass, keep-first.

* Exact: a digest of the normalised text (NFKC, casefold, white space collapsed).
* Near: word 5-shingles, hashed with a deterministic 64-bit polynomial hash computed by numpy
  over the whole text at once; one-permutation MinHash (with rotation densification) and LSH
  banding find candidates; every candidate is verified with the true Jaccard of the shingle
  sets, so a reported duplicate really is above the threshold.
* Containment (optional): an index of a fixed 1/8 sample of shingles finds articles that share
  much of the shorter one's text; verified with the true containment.

Only kept articles are indexed, so memory grows with the number of kept articles. Nothing
here depends on Python's randomised ``hash()``: results are the same in every process.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from .io import Record

SHINGLE_WORDS = 5
SHINGLE_BITS = 55  # shingle hashes keep 55 bits, so (document, shingle) fits one uint64 key
BATCH = 1 << (64 - SHINGLE_BITS)  # documents per call of `features`
NUM_PERM = 128
TARGET_RECALL = 0.995
CONTAINMENT_SAMPLE_BITS = 3  # index shingles whose hash is 0 modulo 2**3

_U64 = np.uint64
_NON_WORD = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")
_PRIME = 0x100000001B3  # FNV-64 prime; odd, so invertible modulo 2**64
_PRIME_INVERSE = pow(_PRIME, -1, 1 << 64)
_MASK64 = (1 << 64) - 1


# ---------------------------------------------------------------------------------------------
# Hashing


def normalize(text: str) -> str:
    """NFKC, casefold, white space collapsed: the text two exact duplicates share."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def exact_key(text: str) -> bytes:
    return hashlib.blake2b(normalize(text).encode("utf-8", "surrogatepass"), digest_size=16).digest()


# Words are runs of letters and digits. ASCII punctuation becomes a space byte by byte; the
# common non-ASCII punctuation (curly quotes, dashes, ellipsis, guillemets) by one regex.
_ASCII_NON_WORD = bytes(
    b if (48 <= b <= 57 or 97 <= b <= 122 or 65 <= b <= 90 or b >= 128) else 32 for b in range(256)
)
_UNICODE_PUNCTUATION = re.compile("[\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f]")


class _Powers:
    """P**k and P**-k modulo 2**64 for k up to the longest buffer seen, grown on demand."""

    def __init__(self) -> None:
        self.up = np.ones(1, dtype=_U64)
        self.down = np.ones(1, dtype=_U64)

    def ensure(self, n: int) -> None:
        with np.errstate(over="ignore"):
            while len(self.up) < n:
                m = len(self.up)
                self.up = np.concatenate((self.up, self.up * _U64(pow(_PRIME, m, 1 << 64))))
                self.down = np.concatenate((self.down, self.down * _U64(pow(_PRIME_INVERSE, m, 1 << 64))))


_POWERS = _Powers()


_MIX_A, _MIX_B = _U64(0xBF58476D1CE4E5B9), _U64(0x94D049BB133111EB)
_S30, _S27, _S31 = _U64(30), _U64(27), _U64(31)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads the bits of a 64-bit value (arrays wrap silently)."""
    x = x ^ (x >> _S30)
    x *= _MIX_A
    x ^= x >> _S27
    x *= _MIX_B
    return x ^ (x >> _S31)


_SHINGLE_MULTIPLIER = _U64(0x9E3779B97F4A7C15)
_BAND_SALT = _U64(0xD1B54A32D192ED03)


@dataclass(slots=True)
class Features:
    """What dedupe needs of one text: its exact digest, shingle hashes and MinHash signature."""

    digest: bytes
    shingles: np.ndarray  # sorted, unique uint64
    signature: np.ndarray  # uint64[num_perm]
    band_keys: list[int]  # one 64-bit key per LSH band
    signature32: np.ndarray | None = None  # the low 32 bits, for estimates


def features(
    texts: list[str], num_perm: int = NUM_PERM, banding: tuple[int, int] | None = None
) -> list[Features]:
    """Features of up to BATCH texts at once: numpy works on one buffer for the whole batch.

    Word hashes are polynomial hashes of their UTF-8 bytes (shifted to position 0, so a word
    hashes the same wherever it stands), mixed; a shingle hash combines five word hashes.
    """
    if len(texts) > BATCH:
        raise ValueError(f"at most {BATCH} texts per batch")
    exact_pieces, word_pieces, exact_starts, starts = [], [], [1], [1]
    for text in texts:
        folded = unicodedata.normalize("NFKC", text).casefold()
        exact = folded.encode("utf-8", "surrogatepass")
        exact_pieces.append(exact)
        exact_starts.append(exact_starts[-1] + len(exact) + 1)
        if folded.isascii():
            words = exact
        else:
            words = _UNICODE_PUNCTUATION.sub(" ", folded).encode("utf-8", "surrogatepass")
        word_pieces.append(words)
        starts.append(starts[-1] + len(words) + 1)
    digests = _digests(b" " + b" ".join(exact_pieces) + b" ", exact_starts)
    joined = b" " + b" ".join(word_pieces) + b" "
    data = np.frombuffer(joined.translate(_ASCII_NON_WORD), dtype=np.uint8)
    word_starts, words = _word_hashes(data)
    doc_of_word = np.searchsorted(np.asarray(starts), word_starts, side="right") - 1
    shingles, doc_of_shingle = _shingles(words, doc_of_word, len(texts))
    # One sort orders the batch by document, then by shingle: the key is (doc, 55-bit shingle).
    keys = (doc_of_shingle.astype(_U64) << _U64(SHINGLE_BITS)) | (shingles >> _U64(64 - SHINGLE_BITS))
    keys.sort()
    keep = np.ones(len(keys), dtype=bool)
    keep[1:] = keys[1:] != keys[:-1]
    keys = keys[keep]
    shingles = keys & _U64((1 << SHINGLE_BITS) - 1)
    doc_of_shingle = (keys >> _U64(SHINGLE_BITS)).astype(np.intp)
    bounds = np.searchsorted(doc_of_shingle, np.arange(len(texts) + 1))
    signatures = _minhash_rows(shingles, doc_of_shingle, len(texts), num_perm)
    band_keys = band_hashes(signatures, *(banding or choose_bands(0.8, num_perm))).tolist()
    signatures32 = signatures.astype(np.uint32)
    return [
        Features(
            digests[d],
            shingles[bounds[d] : bounds[d + 1]].copy(),
            signatures[d],
            band_keys[d],
            signatures32[d],
        )
        for d in range(len(texts))
    ]


def band_hashes(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per band of each signature row: the band's values hashed together."""
    cells = signatures[:, : bands * rows].reshape(len(signatures), bands, rows)
    acc = cells[:, :, 0].copy()
    for k in range(1, rows):
        acc *= _SHINGLE_MULTIPLIER
        acc += cells[:, :, k]
        acc = _mix(acc)
    # the band's number is part of its key, so one dictionary holds every band
    return acc ^ (np.arange(1, bands + 1, dtype=np.uint64) * _BAND_SALT)  # wraps modulo 2**64


SLICE = 1 << 22  # bytes hashed at once: a huge article is done in slices, in bounded memory


def _word_hashes(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start, hash) of every word (a run of non-space bytes), slice by slice at spaces."""
    n = len(data)
    starts_parts, hash_parts = [], []
    lo = 0
    while lo < n:
        hi = min(n, lo + SLICE)
        if hi < n:
            spaces = np.flatnonzero(data[lo:hi] == 32)
            if len(spaces):
                hi = lo + int(spaces[-1]) + 1
        starts, hashes = _word_hashes_slice(data[lo:hi])
        starts_parts.append(starts + lo)
        hash_parts.append(hashes)
        lo = hi
    if len(starts_parts) == 1:
        return starts_parts[0], hash_parts[0]
    return np.concatenate(starts_parts), np.concatenate(hash_parts)


def _word_hashes_slice(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(data)
    _POWERS.ensure(n + 1)
    edges = np.diff(np.concatenate(([0], (data != 32).view(np.int8), [0])))
    word_starts = np.flatnonzero(edges == 1)
    word_ends = np.flatnonzero(edges == -1)
    with np.errstate(over="ignore"):
        weighted = (data.astype(_U64) + _U64(1)) * _POWERS.up[:n]
        prefix = np.zeros(n + 1, dtype=_U64)
        np.cumsum(weighted, dtype=_U64, out=prefix[1:])
        words = _mix(
            ((prefix[word_ends] - prefix[word_starts]) * _POWERS.down[word_starts])
            ^ (word_ends - word_starts).astype(_U64)
        )
    return word_starts, words


_ASCII_SPACE = bytes(32 if b in b"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f" else b for b in range(256))


def _collapsed_digest(data: bytes, start: int, end: int) -> bytes:
    """blake2b of ``data[start:end]`` with runs of white space made one space, ends stripped."""
    digest = hashlib.blake2b(digest_size=16)
    emitted = tail_open = False
    for lo in range(start, end, SLICE):
        parts = data[lo : min(end, lo + SLICE)].translate(_ASCII_SPACE).split(b" ")
        body = b" ".join(part for part in parts if part)
        if body:
            if emitted and not (parts[0] and tail_open):
                digest.update(b" ")
            digest.update(body)
            emitted = True
        tail_open = bool(parts[-1]) and (bool(body) or tail_open)
    return digest.digest()


def _digests(joined: bytes, starts: list[int]) -> list[bytes]:
    """blake2b of each text with its white space collapsed (the texts are ``joined`` by spaces)."""
    if len(joined) > SLICE:  # slice by slice: memory stays bounded for a huge article
        return [_collapsed_digest(joined, a, b - 1) for a, b in itertools.pairwise(starts)]
    data = np.frombuffer(joined.translate(_ASCII_SPACE), dtype=np.uint8)
    space = data == 32
    keep = np.ones(len(data), dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    compact = data[keep].tobytes()
    # kept bytes per text (texts start at starts[k]); the separator before each is position start-1
    kept_per_text = np.add.reduceat(keep.view(np.uint8), np.asarray(starts[:-1]) - 1, dtype=np.int64)
    new_starts = np.concatenate(([0], np.cumsum(kept_per_text)))
    return [
        hashlib.blake2b(compact[a:b].strip(b" "), digest_size=16).digest()
        for a, b in zip(new_starts[:-1].tolist(), new_starts[1:].tolist(), strict=True)
    ]


def _shingles(words: np.ndarray, doc_of_word: np.ndarray, docs: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of word 5-grams within each document; a shorter document is one shingle."""
    size = SHINGLE_WORDS
    count = len(words) - size + 1
    parts_h, parts_d = [], []
    if count > 0:
        with np.errstate(over="ignore"):
            acc = words[:count].copy()
            for k in range(1, size):
                acc *= _SHINGLE_MULTIPLIER
                acc += words[k : k + count]
        same_doc = doc_of_word[:count] == doc_of_word[size - 1 :]
        parts_h.append(_mix(acc[same_doc]))
        parts_d.append(doc_of_word[:count][same_doc])
    per_doc = np.bincount(doc_of_word, minlength=docs)
    short = np.flatnonzero((per_doc > 0) & (per_doc < size))
    if len(short) == 0 and parts_h:
        return parts_h[0], parts_d[0]
    for d in short:
        mine = words[doc_of_word == d]
        with np.errstate(over="ignore"):
            acc = mine[:1].copy()
            for word in mine[1:]:
                acc = acc * _SHINGLE_MULTIPLIER + word
        parts_h.append(_mix(acc))
        parts_d.append(np.array([d]))
    if not parts_h:
        return np.zeros(0, dtype=_U64), np.zeros(0, dtype=np.intp)
    return np.concatenate(parts_h), np.concatenate(parts_d).astype(np.intp)


def _minhash_rows(shingles: np.ndarray, doc_of_shingle: np.ndarray, docs: int, num_perm: int) -> np.ndarray:
    """One-permutation MinHash for every document of the batch (rows), from sorted shingles.

    The top bits of a shingle hash pick one of ``num_perm`` bins; the signature keeps the
    smallest hash of each bin. Empty bins borrow from the next filled bin, rotated (rotation
    densification), so equal shingle sets always get equal signatures.
    """
    bits = int(math.log2(num_perm))
    signature = np.full((docs, num_perm), np.iinfo(np.uint64).max, dtype=_U64)
    filled = np.zeros((docs, num_perm), dtype=bool)
    if len(shingles):
        bins = (shingles >> _U64(SHINGLE_BITS - bits)).astype(np.intp)
        first = np.ones(len(shingles), dtype=bool)
        first[1:] = (bins[1:] != bins[:-1]) | (doc_of_shingle[1:] != doc_of_shingle[:-1])
        rows, cols = doc_of_shingle[first], bins[first]
        signature[rows, cols] = shingles[first]
        filled[rows, cols] = True
    has_any = filled.any(axis=1)
    if (filled | ~has_any[:, None]).all():
        return signature
    # the next filled bin of each bin, circularly: a reverse running minimum over two laps
    columns = np.arange(2 * num_perm)
    marks = np.where(np.concatenate((filled, filled), axis=1), columns, 4 * num_perm)
    nxt = np.minimum.accumulate(marks[:, ::-1], axis=1)[:, ::-1][:, :num_perm]
    distance = (nxt - columns[:num_perm]).astype(_U64)
    source = nxt % num_perm
    with np.errstate(over="ignore"):
        borrowed = _mix(np.take_along_axis(signature, source, axis=1) ^ (distance * _SHINGLE_MULTIPLIER))
    fill = ~filled & has_any[:, None]
    signature[fill] = borrowed[fill]
    return signature


def choose_bands(
    threshold: float, num_perm: int = NUM_PERM, recall: float = TARGET_RECALL
) -> tuple[int, int]:
    """(bands, rows): the most selective banding that still finds a pair at ``threshold``
    with probability at least ``recall``: 1 - (1 - t**rows)**bands >= recall."""
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if 1 - (1 - threshold**rows) ** bands >= recall:
            best = (bands, rows)
        else:
            break
    return best


def common_count(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of unique values share."""
    if len(a) > len(b):
        a, b = b, a
    where = np.searchsorted(b, a)
    where[where == len(b)] = 0
    return int(np.count_nonzero(b[where] == a))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    common = common_count(a, b)
    return common / (len(a) + len(b) - common)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set found in the larger one."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    return common_count(a, b) / min(len(a), len(b))


# ---------------------------------------------------------------------------------------------
# The streaming index


@dataclass
class Verdict:
    kind: str  # "kept", "exact", "near", "contained", "key"
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass
class DedupeStats:
    read: int = 0
    kept: int = 0
    dropped: dict[str, int] = field(default_factory=lambda: {"exact": 0, "near": 0, "contained": 0, "key": 0})
    verified: int = 0  # candidate pairs checked with the true Jaccard
    no_key: int = 0
    paragraphs_removed: int = 0

    @property
    def dropped_total(self) -> int:
        return sum(self.dropped.values())


class Deduper:
    """Decides, article by article, whether it repeats one kept before."""

    def __init__(
        self,
        threshold: float = 0.8,
        containment_threshold: float | None = None,
        key: str | None = None,
        num_perm: int = NUM_PERM,
    ):
        if not 0 < threshold <= 1:
            raise ValueError("the threshold is a Jaccard similarity in (0, 1]")
        self.threshold = threshold
        self.containment_threshold = containment_threshold
        self.key = key
        self.num_perm = num_perm
        self.bands, self.rows = choose_bands(threshold, num_perm)
        self.stats = DedupeStats()
        self._ids: list[str] = []
        self._exact: dict[bytes, int] = {}
        self._keys: dict[str, int] = {}
        self._shingles: list[np.ndarray] = []
        # low 32 bits of each kept signature, for a vectorised estimate before the exact check
        self._signatures = np.empty((1024, num_perm), dtype=np.uint32)
        self._margin = max(0.1, 5 * math.sqrt(threshold * (1 - threshold) / num_perm))
        # band key (its band folded in) -> kept index, or a list of them when several share it
        self._buckets: dict[int, int | list[int]] = {}
        self._samples: dict[int, list[int]] = defaultdict(list)

    def check(self, record: Record, feats: Features | None = None) -> Verdict:
        """Judge one record and, when it is kept, index it. ``feats`` come from ``features``."""
        self.stats.read += 1
        if self.key is not None:
            return self._check_key(record)
        if feats is None:
            feats = features([record["text"]], self.num_perm, (self.bands, self.rows))[0]
        if feats.digest in self._exact:
            return self._drop("exact", self._exact[feats.digest], 1.0)
        shingles = feats.shingles
        band_keys = feats.band_keys
        if len(band_keys) != self.bands:  # features made for another banding
            band_keys = band_hashes(feats.signature[None, :], self.bands, self.rows)[0].tolist()
        signature32 = (
            feats.signature32 if feats.signature32 is not None else feats.signature.astype(np.uint32)
        )
        hits = list(map(self._buckets.get, band_keys))
        best, best_score = self._best_near(shingles, hits, signature32)
        if best is not None:
            return self._drop("near", best, best_score)
        if self.containment_threshold is not None:
            best, best_score = self._best_container(shingles)
            if best is not None:
                return self._drop("contained", best, best_score)
        index = len(self._ids)
        self._ids.append(record["id"])
        self._exact[feats.digest] = index
        self._shingles.append(shingles)
        if index == len(self._signatures):
            self._signatures = np.concatenate((self._signatures, np.empty_like(self._signatures)))
        self._signatures[index] = signature32
        if hits.count(None) == len(hits):
            self._buckets.update(dict.fromkeys(band_keys, index))
        else:
            for band_key, found in zip(band_keys, hits, strict=True):
                if found is None:
                    self._buckets[band_key] = index
                elif isinstance(found, list):
                    found.append(index)
                else:
                    self._buckets[band_key] = [found, index]
        if self.containment_threshold is not None:
            for sample in _sample(shingles):
                self._samples[sample].append(index)
        self.stats.kept += 1
        return Verdict("kept")

    def _check_key(self, record: Record) -> Verdict:
        value = record.get(self.key)  # type: ignore[arg-type]
        if value is None:
            self.stats.no_key += 1
            self.stats.kept += 1
            return Verdict("kept")
        key = value if isinstance(value, str) else repr(value)
        if key in self._keys:
            return self._drop("key", self._keys[key], 1.0)
        self._keys[key] = len(self._ids)
        self._ids.append(record["id"])
        self.stats.kept += 1
        return Verdict("kept")

    def _drop(self, kind: str, index: int, similarity: float) -> Verdict:
        self.stats.dropped[kind] += 1
        return Verdict(kind, self._ids[index], round(similarity, 4))

    def _best_near(
        self, shingles: np.ndarray, hits: list, signature32: np.ndarray
    ) -> tuple[int | None, float]:
        """The best verified candidate among the kept records that share a band key."""
        if hits.count(None) == len(hits):
            return None, 0.0
        candidates: set[int] = set()
        for found in hits:
            if found is None:
                continue
            if isinstance(found, list):
                candidates.update(found)
            else:
                candidates.add(found)
        order = np.fromiter(sorted(candidates), dtype=np.intp, count=len(candidates))
        # MinHash agreement estimates the Jaccard; far below the threshold is not worth a check
        estimate = (self._signatures[order] == signature32).mean(axis=1)
        order = order[estimate >= self.threshold - self._margin]
        best, best_score = None, 0.0
        for index in order.tolist():
            self.stats.verified += 1
            score = jaccard(shingles, self._shingles[index])
            if score >= self.threshold and score > best_score:
                best, best_score = index, score
        return best, best_score

    def _best_container(self, shingles: np.ndarray) -> tuple[int | None, float]:
        counts: dict[int, int] = defaultdict(int)
        sample = _sample(shingles)
        for value in sample:
            for index in self._samples.get(value, ()):
                counts[index] += 1
        best, best_score = None, 0.0
        assert self.containment_threshold is not None
        for index, shared in sorted(counts.items()):
            other = self._shingles[index]
            smaller = min(len(sample), max(1, len(other) >> CONTAINMENT_SAMPLE_BITS))
            if shared < 0.5 * self.containment_threshold * smaller:
                continue
            self.stats.verified += 1
            score = containment(shingles, other)
            if score >= self.containment_threshold and score > best_score:
                best, best_score = index, score
        return best, best_score

    def memory_bytes(self) -> int:
        """Bytes held by the index (shingle arrays, digests, buckets), roughly."""
        shingles = sum(a.nbytes + 112 for a in self._shingles) + self._signatures[: len(self._ids)].nbytes
        exact = len(self._exact) * (16 + 33 + 28 + 100)
        buckets = len(self._buckets) * (32 + 28 + 50)
        ids = sum(len(i) + 49 for i in self._ids) + 8 * len(self._ids)
        samples = sum(len(v) for v in self._samples.values()) * 60
        keys = sum(len(k) + 49 + 100 for k in self._keys)
        return shingles + exact + buckets + ids + samples + keys


def _sample(shingles: np.ndarray) -> list[int]:
    mask = _U64((1 << CONTAINMENT_SAMPLE_BITS) - 1)
    return shingles[(shingles & mask) == 0].tolist()


# ---------------------------------------------------------------------------------------------
# Corpus-level boilerplate


def paragraph_key(paragraph: str) -> bytes:
    return hashlib.blake2b(normalize(paragraph).encode("utf-8", "surrogatepass"), digest_size=8).digest()


def count_paragraphs(text: str, counts: dict[bytes, int]) -> None:
    """Add each distinct paragraph of one article to ``counts`` (once per article)."""
    for key in {paragraph_key(p) for p in text.split("\n\n") if p.strip()}:
        counts[key] = counts.get(key, 0) + 1


def remove_corpus_repeats(record: Record, counts: dict[bytes, int], min_articles: int) -> list[str]:
    """Drop paragraphs found in at least ``min_articles`` articles; returns what went."""
    kept, gone = [], []
    for paragraph in record["text"].split("\n\n"):
        if paragraph.strip() and counts.get(paragraph_key(paragraph), 0) >= min_articles:
            gone.append(paragraph)
        else:
            kept.append(paragraph)
    if gone:
        record["text"] = "\n\n".join(kept)
    return gone


# ---------------------------------------------------------------------------------------------
# The streaming command

STREAM_BATCH = 32  # records hashed together; small enough to stay in cache


@dataclass
class DedupeOptions:
    threshold: float = 0.8
    containment: float | None = None
    key: str | None = None
    mark: bool = False
    removed_path: str | None = None
    paragraphs: int | None = None


def dedupe_stream(located, options: DedupeOptions, deduper: Deduper, removed_writer=None, counts=None):
    """Yield the records to output, in input order; dropped ones go to ``removed_writer``."""

    import gc

    # The index holds millions of small objects and no reference cycles: a full collection
    # would walk them all, again and again, as the index grows.
    gc.disable()
    try:
        yield from _dedupe_batches(iter(located), options, deduper, removed_writer, counts)
    finally:
        gc.enable()


def _dedupe_batches(iterator, options, deduper, removed_writer, counts):
    from .io import PnewsError

    while True:
        batch, error = [], None
        try:
            for item in iterator:
                batch.append(item.record)
                if len(batch) == STREAM_BATCH:
                    break
        except PnewsError as exc:
            error = exc  # write the records before the bad line first
        if not batch:
            if error is not None:
                raise error
            return
        if counts is not None:
            for record in batch:
                _drop_corpus_repeats(record, counts, options.paragraphs or 0, deduper.stats)
        if options.key is None:
            feats = features([r["text"] for r in batch], deduper.num_perm, (deduper.bands, deduper.rows))
        else:
            feats = [None] * len(batch)
        for record, feat in zip(batch, feats, strict=True):
            verdict = deduper.check(record, feat)
            if verdict.kind == "kept":
                yield record
                continue
            record["duplicate_of"] = verdict.duplicate_of
            record["similarity"] = verdict.similarity
            if removed_writer is not None:
                removed_writer.write(record)
            if options.mark:
                yield record
        if error is not None:
            raise error


def _drop_corpus_repeats(
    record: Record, counts: dict[bytes, int], min_articles: int, stats: DedupeStats
) -> None:
    from .clean import SpanReport, relocate_spans

    old = record["text"]
    gone = remove_corpus_repeats(record, counts, min_articles)
    if not gone:
        return
    stats.paragraphs_removed += len(gone)
    report = SpanReport()
    for name in ("quotes", "dates"):
        if isinstance(record.get(name), list):
            record[name] = relocate_spans(record[name], old, record["text"], report)
    removed = record.get("removed")
    if not isinstance(removed, list):
        removed = []
    removed += [{"text": p, "rule": "corpus-repeat"} for p in gone]
    record["removed"] = removed


def count_corpus_paragraphs(lines) -> dict[bytes, int]:
    """First pass of --paragraphs: in how many articles each normalised paragraph occurs."""
    from .io import loads_record

    counts: dict[bytes, int] = {}
    for raw in lines:
        try:
            record = loads_record(raw)
        except ValueError:
            continue  # reported by the second pass
        count_paragraphs(record["text"], counts)
    return counts


def summary(stats: DedupeStats, deduper: Deduper, options: DedupeOptions) -> str:
    dropped = stats.dropped
    parts = [f"read {stats.read}", f"kept {stats.kept}"]
    if options.key is not None:
        parts.append(f"dropped {dropped['key']} with a repeated {options.key}")
        if stats.no_key:
            parts.append(f"{stats.no_key} had no {options.key} (kept)")
    else:
        parts.append(f"dropped {dropped['exact']} exact")
        parts.append(f"{dropped['near']} near (Jaccard >= {options.threshold})")
        if options.containment is not None:
            parts.append(f"{dropped['contained']} contained (>= {options.containment})")
    line = ", ".join(parts)
    if options.paragraphs:
        line += f"; removed {stats.paragraphs_removed} corpus-repeat paragraphs"
    if stats.kept:
        line += f"; index {deduper.memory_bytes() / stats.kept:,.0f} bytes per kept article"
    return line


# ---------------------------------------------------------------------------------------------
# Distributed dedupe: the same decisions, from keys computed elsewhere


@dataclass
class Involved:
    """What the replay needs of a record that collides with another on some key."""

    order: tuple[int, int]  # (partition, position): the input order
    id: str
    digest: bytes
    shingles: np.ndarray
    signature32: np.ndarray


def collision_keys(
    record: Record, order: tuple[int, int], deduper: Deduper
) -> list[tuple[object, tuple[int, int]]]:
    """The keys under which two records may be duplicates: the exact digest and each LSH band key."""
    feats = features([record["text"]], deduper.num_perm, (deduper.bands, deduper.rows))[0]
    keys: list[tuple[object, tuple[int, int]]] = [(("x", feats.digest), order)]
    keys += [(("b", key), order) for key in feats.band_keys]
    return keys


def involved_record(record: Record, order: tuple[int, int], deduper: Deduper) -> Involved:
    feats = features([record["text"]], deduper.num_perm, (deduper.bands, deduper.rows))[0]
    return Involved(order, record["id"], feats.digest, feats.shingles, feats.signature.astype(np.uint32))


def replay(
    groups: list[list[tuple[int, int]]], involved: dict[tuple[int, int], Involved], deduper: Deduper
) -> dict:
    """Decide, in input order, what `pnews dedupe` would have decided for the colliding records.

    ``groups`` are the members of every exact-digest or band-key collision. A record can only
    be a duplicate of an earlier, kept record that shares one of its keys: exactly the
    candidates the streaming index would have offered. Returns order → (kind, duplicate_of id,
    similarity) for the dropped records.
    """
    partners: dict[tuple[int, int], set[tuple[int, int]]] = defaultdict(set)
    for members in groups:
        for order in members:
            partners[order].update(members)
    kept: set[tuple[int, int]] = set()
    kept_digests: dict[bytes, tuple[int, int]] = {}
    dropped: dict[tuple[int, int], tuple[str, str, float]] = {}
    for order in sorted(involved):
        rec = involved[order]
        if rec.digest in kept_digests:
            dropped[order] = ("exact", involved[kept_digests[rec.digest]].id, 1.0)
            continue
        candidates = sorted(p for p in partners[order] if p < order and p in kept)
        estimate = {p: float(np.mean(involved[p].signature32 == rec.signature32)) for p in candidates}
        candidates = [p for p in candidates if estimate[p] >= deduper.threshold - deduper._margin]
        best, best_score = None, 0.0
        for p in candidates:
            score = jaccard(rec.shingles, involved[p].shingles)
            if score >= deduper.threshold and score > best_score:
                best, best_score = p, score
        if best is not None:
            dropped[order] = ("near", involved[best].id, round(best_score, 4))
            continue
        kept.add(order)
        kept_digests[rec.digest] = order
    return dropped
