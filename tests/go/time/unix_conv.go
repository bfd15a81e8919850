package main

import (
	"fmt"
	"time"
)

func main() {
	secs := [][2]int64{
		{0, 0}, {1, 0}, {-1, 0}, {0, -1}, {0, 1e9}, {0, -1e9}, {0, 1e9 + 1}, {0, -1e9 - 1},
		{1700000000, 123456789}, {-1700000000, 999999999}, {-62135596800, 0}, {-62135596801, 0},
		{253402300799, 999999999}, {253402300800, 0}, {1 << 40, 0}, {-(1 << 40), 5},
		{10, 3e9}, {10, -3e9}, {-10, -1}, {1<<63 - 1, 0}, {-1 << 63, 0},
	}
	for _, s := range secs {
		t := time.Unix(s[0], s[1]).UTC()
		fmt.Println(s, t, t.Unix(), t.Nanosecond(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	}
	for _, ms := range []int64{0, 1, -1, 999, -999, 1000, -1001, 1700000000123, -1700000000123, 1<<63 - 1, -1 << 63} {
		t := time.UnixMilli(ms).UTC()
		fmt.Println("ms", ms, t.Format(time.RFC3339Nano), t.UnixMilli() == ms)
	}
	for _, us := range []int64{0, 1, -1, 999999, -1000001, 1700000000123456, -1700000000123456, 1<<63 - 1, -1 << 63} {
		t := time.UnixMicro(us).UTC()
		fmt.Println("us", us, t.Format(time.RFC3339Nano), t.UnixMicro() == us)
	}
	// Unix times are in Local; UTC() changes only the location.
	t := time.Unix(86400*365, 0)
	fmt.Println(t.Location(), t.UTC().Location(), t.Equal(t.UTC()), t == t.UTC())
	fmt.Println(t.Format(time.RFC3339), t.UTC().Format(time.RFC3339))
	// Round trips through Date.
	for _, y := range []int{1, 1000, 1969, 1970, 2000, 3000, -5000} {
		d := time.Date(y, time.July, 1, 2, 3, 4, 5, time.UTC)
		u := time.Unix(d.Unix(), int64(d.Nanosecond())).UTC()
		fmt.Println(y, d.Unix(), u.Equal(d), u == d)
	}
}
