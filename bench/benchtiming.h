#pragma once

// How the benchmarks time a piece of work: the median of several runs, in milliseconds, so one
// slow run (a page fault, another process on the 2 cores) does not move the figure.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

// The median of timings taken by the caller (a benchmark timing two phases of one run).
inline double median(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

template<typename F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}
