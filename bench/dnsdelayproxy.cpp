// A DNS server at a distance, on loopback: a UDP forwarder on LISTEN:53 that passes each query to
// UPSTREAM:53 at once and holds each answer DELAY ms before sending it back, so every lookup
// through it takes one round trip of DELAY ms (plus what the upstream server needs). With "drop"
// instead of a delay it swallows every query: a silent server. UDP only (the benchmark's answers
// fit 512 bytes; a TC answer's TCP retry would find nothing listening).
// On SIGUSR1 it prints to stderr how many queries, answers and late or foreign replies it saw since
// the last report (so a benchmark can count what one run sent) and starts counting afresh; SIGTERM
// or SIGINT print the same and end it. Plain POSIX and one thread: no event loop between the
// answer and its release.
// Usage: bench_dnsdelayproxy LISTEN UPSTREAM DELAY_MS|drop   (run as root for port 53)

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <string>
#include <vector>

namespace {

constexpr std::uint16_t kDnsPort = 53;
constexpr int kHeaderSize = 12;
constexpr std::size_t kMaxPacket = 65535;
constexpr int kSocketBuffer = 8 * 1024 * 1024;
constexpr std::int64_t kForgetAfterNs = 30'000'000'000; // an unanswered query's ID is free again
constexpr std::int64_t kNsPerMs = 1'000'000;
constexpr std::int64_t kNsPerS = 1'000'000'000;

volatile std::sig_atomic_t g_report = 0;
volatile std::sig_atomic_t g_stop = 0;

void onReport(int /*signal*/)
{
    g_report = 1;
}

void onStop(int /*signal*/)
{
    g_stop = 1;
}

std::int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * kNsPerS + ts.tv_nsec;
}

bool parseAddress(const char *text, sockaddr_in *address)
{
    *address = sockaddr_in{};
    address->sin_family = AF_INET;
    address->sin_port = htons(kDnsPort);
    return inet_pton(AF_INET, text, &address->sin_addr) == 1;
}

int udpSocket()
{
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd >= 0) {
        // A thousand answers at once must not overflow the buffers: a lost datagram costs a timeout.
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &kSocketBuffer, sizeof kSocketBuffer);
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &kSocketBuffer, sizeof kSocketBuffer);
    }
    return fd;
}

std::uint16_t packetId(const std::vector<char> &packet)
{
    return std::uint16_t((std::uint8_t(packet[0]) << 8) | std::uint8_t(packet[1]));
}

void setPacketId(std::vector<char> *packet, std::uint16_t id)
{
    (*packet)[0] = char(id >> 8);
    (*packet)[1] = char(id & 0xff);
}

struct Forwarded
{
    bool used = false;
    sockaddr_in client{};
    std::uint16_t clientId = 0;
    std::int64_t sentNs = 0;
};

struct Held
{
    std::int64_t releaseNs = 0;
    sockaddr_in client{};
    std::vector<char> packet;
};

struct Counts
{
    long queries = 0;  // received from clients
    long answers = 0;  // sent back to clients
    long strays = 0;   // upstream replies to no query of ours (late, or after the ID was reused)
    long overflow = 0; // queries dropped because every upstream ID was in use
};

class Proxy
{
public:
    Proxy(int listenFd, int upstreamFd, int delayMs)
        : m_listen(listenFd)
        , m_upstream(upstreamFd)
        , m_delayNs(std::int64_t(delayMs) * kNsPerMs)
        , m_table(1U << 16U)
    {
    }

    int run()
    {
        std::vector<char> buffer(kMaxPacket);
        while (g_stop == 0) {
            if (g_report != 0) {
                g_report = 0;
                report();
            }
            std::array<pollfd, 2> fds{{{m_listen, POLLIN, 0}, {m_upstream, POLLIN, 0}}};
            timespec wait{};
            timespec *timeout = nullptr;
            if (!m_held.empty()) {
                const std::int64_t left = std::max<std::int64_t>(0, m_held.front().releaseNs - nowNs());
                wait.tv_sec = time_t(left / kNsPerS);
                wait.tv_nsec = long(left % kNsPerS);
                timeout = &wait;
            }
            const int ready = ppoll(fds.data(), fds.size(), timeout, nullptr);
            if (ready < 0 && errno != EINTR) {
                std::perror("ppoll");
                return 1;
            }
            if (ready > 0 && (fds[0].revents & POLLIN) != 0)
                readQueries(&buffer);
            if (ready > 0 && (fds[1].revents & POLLIN) != 0)
                readAnswers(&buffer);
            releaseDue();
        }
        report();
        return 0;
    }

private:
    void readQueries(std::vector<char> *buffer)
    {
        for (;;) {
            sockaddr_in client{};
            socklen_t length = sizeof client;
            const ssize_t n = recvfrom(m_listen, buffer->data(), buffer->size(), 0,
                                       reinterpret_cast<sockaddr *>(&client), &length);
            if (n < 0)
                return; // EAGAIN (or an error the next poll reports again)
            if (n < kHeaderSize)
                continue;
            ++m_counts.queries;
            if (m_delayNs < 0)
                continue; // silent: swallow it
            std::vector<char> packet(buffer->begin(), buffer->begin() + n);
            const std::int64_t now = nowNs();
            // A fresh upstream ID per query: two clients may well use the same one.
            std::uint32_t tries = 0;
            while (m_table[m_nextId].used && now - m_table[m_nextId].sentNs < kForgetAfterNs &&
                   ++tries < m_table.size())
                m_nextId = std::uint16_t(m_nextId + 1);
            if (tries >= m_table.size()) {
                ++m_counts.overflow;
                continue;
            }
            Forwarded &f = m_table[m_nextId];
            f.used = true;
            f.client = client;
            f.clientId = packetId(packet);
            f.sentNs = now;
            setPacketId(&packet, m_nextId);
            m_nextId = std::uint16_t(m_nextId + 1);
            send(m_upstream, packet.data(), packet.size(), 0);
        }
    }

    void readAnswers(std::vector<char> *buffer)
    {
        for (;;) {
            const ssize_t n = recv(m_upstream, buffer->data(), buffer->size(), 0);
            if (n < 0)
                return;
            if (n < kHeaderSize)
                continue;
            std::vector<char> packet(buffer->begin(), buffer->begin() + n);
            Forwarded &f = m_table[packetId(packet)];
            if (!f.used) {
                ++m_counts.strays;
                continue;
            }
            f.used = false;
            setPacketId(&packet, f.clientId);
            // The delay is constant, so the queue stays in release order.
            m_held.push_back(Held{nowNs() + m_delayNs, f.client, std::move(packet)});
        }
    }

    void releaseDue()
    {
        const std::int64_t now = nowNs();
        while (!m_held.empty() && m_held.front().releaseNs <= now) {
            const Held &h = m_held.front();
            sendto(m_listen, h.packet.data(), h.packet.size(), 0,
                   reinterpret_cast<const sockaddr *>(&h.client), sizeof h.client);
            ++m_counts.answers;
            m_held.pop_front();
        }
    }

    void report()
    {
        std::fprintf(stderr, "queries %ld answers %ld strays %ld overflow %ld\n", m_counts.queries,
                     m_counts.answers, m_counts.strays, m_counts.overflow);
        std::fflush(stderr);
        m_counts = Counts();
    }

    int m_listen;
    int m_upstream;
    std::int64_t m_delayNs; // negative: silent
    std::vector<Forwarded> m_table;
    std::uint16_t m_nextId = 1;
    std::deque<Held> m_held;
    Counts m_counts;
};

} // namespace

int main(int argc, char *argv[])
{
    sockaddr_in listenAddress{};
    sockaddr_in upstreamAddress{};
    if (argc != 4 || !parseAddress(argv[1], &listenAddress) || !parseAddress(argv[2], &upstreamAddress)) {
        std::fprintf(stderr, "usage: bench_dnsdelayproxy LISTEN UPSTREAM DELAY_MS|drop  (IPv4 addresses)\n");
        return 2;
    }
    const std::string delayText = argv[3];
    int delayMs = -1;
    if (delayText != "drop") {
        char *end = nullptr;
        delayMs = int(std::strtol(argv[3], &end, 10));
        if (end == argv[3] || *end != '\0' || delayMs < 0) {
            std::fprintf(stderr, "bench_dnsdelayproxy: DELAY_MS must be a number of ms or \"drop\"\n");
            return 2;
        }
    }
    const int listenFd = udpSocket();
    const int upstreamFd = udpSocket();
    if (listenFd < 0 || upstreamFd < 0 ||
        bind(listenFd, reinterpret_cast<const sockaddr *>(&listenAddress), sizeof listenAddress) != 0 ||
        connect(upstreamFd, reinterpret_cast<const sockaddr *>(&upstreamAddress), sizeof upstreamAddress) !=
            0) {
        std::perror("bench_dnsdelayproxy");
        return 1;
    }
    struct sigaction report = {};
    report.sa_handler = onReport;
    sigaction(SIGUSR1, &report, nullptr);
    struct sigaction stop = {};
    stop.sa_handler = onStop;
    sigaction(SIGTERM, &stop, nullptr);
    sigaction(SIGINT, &stop, nullptr);
    Proxy proxy(listenFd, upstreamFd, delayMs);
    const int rc = proxy.run();
    close(listenFd);
    close(upstreamFd);
    return rc;
}
