package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct{ name, layout string }{
		{"Layout", time.Layout}, {"ANSIC", time.ANSIC}, {"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate}, {"RFC822", time.RFC822}, {"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850}, {"RFC1123", time.RFC1123}, {"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339}, {"RFC3339Nano", time.RFC3339Nano}, {"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp}, {"StampMilli", time.StampMilli}, {"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano}, {"DateTime", time.DateTime}, {"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
	}
	times := []time.Time{
		time.Date(2006, time.January, 2, 15, 4, 5, 0, time.FixedZone("MST", -7*3600)),
		time.Date(2024, time.February, 29, 0, 0, 0, 1, time.UTC),
		time.Date(1987, time.October, 19, 12, 30, 45, 120000000, time.FixedZone("", 9*3600+30*60)),
		time.Date(2001, time.September, 9, 1, 46, 40, 999000000, time.FixedZone("", -150)),
		time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, time.December, 31, 23, 59, 59, 0, time.UTC),
		{},
	}
	for _, t := range times {
		fmt.Println("==", t.String())
		for _, l := range layouts {
			fmt.Printf("%-12s %s\n", l.name, t.Format(l.layout))
		}
		b := []byte("prefix:")
		b = t.AppendFormat(b, time.RFC3339Nano)
		b = t.AppendFormat(b, " "+time.Kitchen)
		fmt.Println(string(b))
	}
}
