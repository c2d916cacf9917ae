"""An independent implementation of reckon's ContentHash (two multiply-xorshift lanes over
little-endian 8-byte words, a 0xFF-marked tail word, a separator word after text, a length finish),
written from its description, to pin the hash values that ContentHashTests expects.

Run: python3 Tests/ReckonPublishTests/Fixtures/content_hash.py
"""
M = (1 << 64) - 1


class ContentHash:
    def __init__(self):
        self.a = 0x9E3779B97F4A7C15
        self.b = 0xC2B2AE3D27D4EB4F
        self.length = 0

    def mix(self, w):
        self.a = ((self.a ^ w) * 0xFF51AFD7ED558CCD) & M
        self.a ^= self.a >> 33
        self.b = ((self.b ^ ((w + 0x123456789ABCDEF1) & M)) * 0xC4CEB9FE1A85EC53) & M
        self.b ^= self.b >> 29

    def update_bytes(self, data: bytes):
        n = len(data) - len(data) % 8
        for i in range(0, n, 8):
            self.mix(int.from_bytes(data[i:i + 8], "little"))
        tail = int.from_bytes(data[n:], "little") if n < len(data) else 0
        self.mix(tail ^ 0xFF)
        self.length = (self.length + len(data)) & M

    def update_text(self, text: str):
        self.update_bytes(text.encode("utf-8"))
        self.mix(0x5EED5EED5EED5EED)

    def hex(self):
        x = self.a ^ ((self.length * 0x9E3779B97F4A7C15) & M)
        y = self.b ^ self.length
        x = ((x ^ (x >> 31)) * 0xBF58476D1CE4E5B9) & M
        y = ((y ^ (y >> 27)) * 0x94D049BB133111EB) & M
        return "%016x%016x" % (x ^ (x >> 31), y ^ (y >> 31))


def text_hash(parts):
    h = ContentHash()
    for p in parts:
        h.update_text(p)
    return h.hex()


if __name__ == "__main__":
    print("reckon + row:", text_hash(["reckon", "date,value\n2025-03-27,11000\n"]))
    print("empty:", text_hash([]))
    b = ContentHash()
    b.update_bytes(bytes(range(20)))
    print("bytes 0..19:", b.hex())
