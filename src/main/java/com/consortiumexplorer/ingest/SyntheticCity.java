package com.consortiumexplorer.ingest;

import com.consortiumexplorer.ingest.GenerationReport.PlantedGap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One synthetic city: builds the actors and their hidden propensity to collaborate from a seed, then streams
 * the city into a {@link GraphSink}, nodes first. Everything is drawn from one seeded generator in a fixed
 * order (arrays and lists only, no hash-order iteration), so the same settings give the same rows.
 *
 * <p>The hidden model: two organizations collaborate with probability {@link #affinity} that grows with a shared
 * industry, a shared district, a shared consortium and complementary majors (what a college offers and an
 * enterprise demands). Partner counts are heavy-tailed (Pareto activity, partners picked in proportion to
 * activity). Ties are drawn from that model; high-affinity pairs left unconnected are the planted gaps.
 */
final class SyntheticCity {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;

    private static final String CITY = "江城市";
    private static final String CITY_EN = "Jiangcheng";
    private static final String[][] DISTRICTS = {
        {"519902", "江北区", "Jiangbei District"},
        {"519903", "江南区", "Jiangnan District"},
        {"519904", "临港经济开发区", "Lingang Economic Development Zone"},
        {"519905", "高新区", "High-tech Zone"},
        {"519906", "三江新区", "Sanjiang New Area"},
        {"519921", "东阳县", "Dongyang County"},
        {"519922", "西岭县", "Xiling County"},
        {"519923", "南溪县", "Nanxi County"}
    };
    private static final double[] DISTRICT_WEIGHTS = {0.2, 0.18, 0.14, 0.16, 0.14, 0.07, 0.06, 0.05};
    private static final String[][] SYLLABLES = {
        {"华", "Hua"}, {"瑞", "Rui"}, {"锦", "Jin"}, {"恒", "Heng"}, {"泰", "Tai"}, {"鑫", "Xin"}, {"宏", "Hong"},
        {"博", "Bo"}, {"远", "Yuan"}, {"达", "Da"}, {"创", "Chuang"}, {"新", "Xin"}, {"盛", "Sheng"}, {"安", "An"},
        {"信", "Xin"}, {"卓", "Zhuo"}, {"明", "Ming"}, {"昌", "Chang"}, {"兴", "Xing"}, {"嘉", "Jia"}, {"鸿", "Hong"},
        {"腾", "Teng"}, {"骏", "Jun"}, {"源", "Yuan"}, {"川", "Chuan"}, {"峰", "Feng"}, {"辰", "Chen"}, {"睿", "Rui"},
        {"蓝", "Lan"}, {"智", "Zhi"}, {"力", "Li"}, {"和", "He"}
    };
    private static final String[] FACILITIES = {"实训车间", "检测实验室", "工程中心", "数字化实训室", "中试基地"};
    private static final String[] FACILITIES_EN = {
        "training workshop", "testing laboratory", "engineering centre", "digital training room", "pilot plant"
    };

    private final GeneratorSettings settings;
    private final SplittableRandom random;
    private final CityCatalogue catalogue;
    private final List<Org> orgs = new ArrayList<>();
    private final List<Consortium> consortia = new ArrayList<>();
    private final List<Activity> programs = new ArrayList<>();
    private final List<Activity> projects = new ArrayList<>();
    private final List<int[]> ties = new ArrayList<>();
    private final Set<Long> connected = new HashSet<>();
    private Picker[] byIndustry;
    private Picker[] byDistrict;
    private Picker everyone;

    SyntheticCity(GeneratorSettings settings, CityCatalogue catalogue) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.catalogue = catalogue;
    }

    /** Builds the city and writes it into the sink; returns the planted gaps. */
    List<PlantedGap> write(GraphSink sink) {
        createOrganizations();
        createConsortia();
        createTies();
        createActivities();
        writeNodes(sink);
        writeRelationships(sink);
        return plantedGaps();
    }

    // ---- the actors ----

    private static final class Org {
        final int index;
        final String type;
        final int district;
        final int industry;
        final int industry2;
        final double activity;
        int[] majors = new int[0];
        int[] consortia = new int[0];
        String size;
        boolean leading;
        int ties;
        String id;

        Org(int index, String type, int district, int industry, int industry2, double activity) {
            this.index = index;
            this.type = type;
            this.district = district;
            this.industry = industry;
            this.industry2 = industry2;
            this.activity = activity;
        }

        boolean operatesIn(int i) {
            return industry == i || industry2 == i;
        }
    }

    private record Consortium(
            int index, int[] industries, int chair, LocalDate established, LocalDate dissolved, List<int[]> members) {}

    private record Activity(int index, String kind, int industry, int startYear, int endYear, int[] participants) {}

    /** Picks members in proportion to their activity (preferential attachment). */
    private static final class Picker {
        final int[] members;
        final double[] cumulative;

        Picker(List<Org> candidates) {
            members = candidates.stream().mapToInt(o -> o.index).toArray();
            cumulative = new double[members.length];
            double sum = 0;
            for (int i = 0; i < members.length; i++) {
                sum += candidates.get(i).activity;
                cumulative[i] = sum;
            }
        }

        int pick(SplittableRandom random) {
            if (members.length == 0) {
                return -1;
            }
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            return members[Math.min(members.length - 1, i < 0 ? -i - 1 : i)];
        }
    }

    private String id(String kind, int index) {
        return settings.idPrefix() + kind + "-" + String.format("%06d", index);
    }

    private String orgId(Org org) {
        if (org.id == null) {
            org.id = newOrgId(org);
        }
        return org.id;
    }

    private String newOrgId(Org org) {
        return id(
                switch (org.type) {
                    case "Government" -> "gov";
                    case "College" -> "col";
                    case "Enterprise" -> "ent";
                    case "ResearchInstitute" -> "ri";
                    case "IndustryAssociation" -> "asso";
                    default -> "svc";
                },
                org.index);
    }

    private void createOrganizations() {
        int n = settings.organizations();
        int governments = Math.max(3, n / 100);
        int colleges = Math.max(4, n / 50);
        int institutes = Math.max(2, n / 50);
        int associations = Math.max(2, n / 50);
        int agencies = Math.max(3, n * 6 / 100);
        int industries = catalogue.industries().size();
        // Key industries of the city are few and large: industry weights follow a Zipf law.
        double[] industryWeights = new double[industries];
        for (int i = 0; i < industries; i++) {
            industryWeights[i] = 1.0 / Math.pow(i + 1, 0.9);
        }
        for (int i = 0; i < n; i++) {
            String type;
            if (i < governments) {
                type = "Government";
            } else if (i < governments + colleges) {
                type = "College";
            } else if (i < governments + colleges + institutes) {
                type = "ResearchInstitute";
            } else if (i < governments + colleges + institutes + associations) {
                type = "IndustryAssociation";
            } else if (i < governments + colleges + institutes + associations + agencies) {
                type = "ServiceAgency";
            } else {
                type = "Enterprise";
            }
            int district = weighted(DISTRICT_WEIGHTS);
            int industry = weighted(industryWeights);
            int industry2 = random.nextDouble() < 0.3 ? weighted(industryWeights) : -1;
            // Pareto activity with shape 1.6: most actors have one or two partners, a few have hundreds.
            double activity = Math.min(400, Math.pow(1 - random.nextDouble(), -1 / 1.6));
            Org org = new Org(i, type, district, industry, industry2 == industry ? -1 : industry2, activity);
            if (type.equals("Enterprise")) {
                double s = random.nextDouble();
                org.size = s < 0.03 ? "LARGE" : s < 0.15 ? "MEDIUM" : s < 0.45 ? "SMALL" : "MICRO";
                org.majors = drawMajors(org, org.size.equals("LARGE") ? 4 : 2);
            } else if (type.equals("College")) {
                org.majors = drawMajors(org, 8 + random.nextInt(10));
            }
            orgs.add(org);
        }
        // The largest enterprise of each industry leads its chain.
        for (int i = 0; i < industries; i++) {
            final int industry = i;
            orgs.stream()
                    .filter(o -> o.type.equals("Enterprise") && o.industry == industry)
                    .max(Comparator.comparingDouble(o -> o.activity))
                    .ifPresent(o -> {
                        o.leading = true;
                        o.size = "LARGE";
                    });
        }
        byIndustry = new Picker[industries];
        for (int i = 0; i < industries; i++) {
            final int industry = i;
            byIndustry[i] =
                    new Picker(orgs.stream().filter(o -> o.operatesIn(industry)).toList());
        }
        byDistrict = new Picker[DISTRICTS.length];
        for (int d = 0; d < DISTRICTS.length; d++) {
            final int district = d;
            byDistrict[d] =
                    new Picker(orgs.stream().filter(o -> o.district == district).toList());
        }
        everyone = new Picker(orgs);
    }

    /** Majors serving the organization's industries first, a few others besides. */
    private int[] drawMajors(Org org, int count) {
        List<Integer> pool = new ArrayList<>();
        for (int m : catalogue.majorsOfIndustry().get(org.industry)) {
            pool.add(m);
        }
        if (org.industry2 >= 0) {
            for (int m : catalogue.majorsOfIndustry().get(org.industry2)) {
                if (!pool.contains(m)) {
                    pool.add(m);
                }
            }
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int m = random.nextDouble() < 0.8 && !pool.isEmpty()
                    ? pool.remove(random.nextInt(pool.size()))
                    : random.nextInt(catalogue.majors().size());
            if (!chosen.contains(m)) {
                chosen.add(m);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private void createConsortia() {
        int count = Math.max(3, settings.organizations() / 1000);
        int industries = catalogue.industries().size();
        List<List<Integer>> membership = new ArrayList<>();
        orgs.forEach(o -> membership.add(new ArrayList<>()));
        for (int c = 0; c < count; c++) {
            int focus = c % industries;
            int second = (focus + 1 + random.nextInt(industries - 1)) % industries;
            int[] focusIndustries = {focus, second};
            LocalDate established =
                    LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate dissolved = random.nextDouble() < 0.1
                    ? established.plusYears(3).withMonth(6).withDayOfMonth(30)
                    : null;
            if (dissolved != null && dissolved.getYear() > LAST_YEAR) {
                dissolved = null;
            }
            int chair = random.nextInt(Math.max(3, settings.organizations() / 100));
            List<int[]> members = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            taken.add(chair);
            members.add(new int[] {chair, 0});
            int target = 12 + (int) (settings.organizations() * 0.3 / count);
            int attempts = 0;
            while (members.size() < target && attempts++ < target * 20) {
                int pick = random.nextDouble() < 0.85
                        ? byIndustry[focusIndustries[random.nextInt(2)]].pick(random)
                        : everyone.pick(random);
                if (pick >= 0 && taken.add(pick)) {
                    members.add(new int[] {pick, 0});
                }
            }
            // Council: the most active members after the chair; the leading enterprise and a college are vice-chairs.
            List<int[]> ranked = new ArrayList<>(members.subList(1, members.size()));
            ranked.sort(Comparator.comparingDouble((int[] m) -> -orgs.get(m[0]).activity));
            int vice = 0;
            for (int i = 0; i < ranked.size(); i++) {
                Org o = orgs.get(ranked.get(i)[0]);
                if (vice < 3 && (o.leading || o.type.equals("College"))) {
                    ranked.get(i)[1] = 1;
                    vice++;
                } else if (i < 10) {
                    ranked.get(i)[1] = 2;
                } else {
                    ranked.get(i)[1] = 3;
                }
            }
            for (int[] m : members) {
                membership.get(m[0]).add(c);
            }
            consortia.add(new Consortium(c, focusIndustries, chair, established, dissolved, members));
        }
        for (Org o : orgs) {
            o.consortia =
                    membership.get(o.index).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    // ---- the hidden collaboration model ----

    /** The hidden probability that two organizations collaborate. */
    double affinity(Org a, Org b) {
        double x = -5.0;
        if (a.operatesIn(b.industry) || (b.industry2 >= 0 && a.operatesIn(b.industry2))) {
            x += 1.6;
        }
        if (a.district == b.district) {
            x += 0.9;
        }
        if (shareConsortium(a, b)) {
            x += 1.4;
        }
        x += 2.4 * complementarity(a, b);
        return 1 / (1 + Math.exp(-x));
    }

    private static boolean shareConsortium(Org a, Org b) {
        for (int c : a.consortia) {
            for (int d : b.consortia) {
                if (c == d) {
                    return true;
                }
            }
        }
        return false;
    }

    private double complementarity(Org a, Org b) {
        String pair = a.type.compareTo(b.type) <= 0 ? a.type + "/" + b.type : b.type + "/" + a.type;
        boolean sameIndustry = a.operatesIn(b.industry) || (b.industry2 >= 0 && a.operatesIn(b.industry2));
        return switch (pair) {
            case "College/Enterprise" -> Math.min(1.0, sharedMajors(a, b) / 2.0);
            case "Enterprise/ResearchInstitute" -> sameIndustry ? 0.8 : 0.1;
            case "College/ResearchInstitute", "College/Government" -> sameIndustry ? 0.6 : 0.3;
            case "Enterprise/IndustryAssociation" -> sameIndustry ? 0.7 : 0;
            case "Enterprise/ServiceAgency" -> 0.35;
            case "Enterprise/Enterprise" -> sameIndustry ? 0.3 : 0;
            default -> 0.1;
        };
    }

    private static int sharedMajors(Org a, Org b) {
        int shared = 0;
        for (int x : a.majors) {
            for (int y : b.majors) {
                if (x == y) {
                    shared++;
                }
            }
        }
        return shared;
    }

    private static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    private double stubFactor(Org o) {
        return switch (o.type) {
            case "College" -> 5;
            case "ResearchInstitute" -> 4;
            case "Government", "IndustryAssociation" -> 3;
            case "ServiceAgency" -> 1.2;
            default ->
                switch (o.size) {
                    case "LARGE" -> 4;
                    case "MEDIUM" -> 2;
                    case "SMALL" -> 1;
                    default -> 0.6;
                };
        };
    }

    private void createTies() {
        Set<Long> tied = new HashSet<>();
        for (Org a : orgs) {
            int stubs = (int) Math.floor(a.activity * stubFactor(a) * 0.8 + random.nextDouble());
            for (int s = 0; s < stubs; s++) {
                for (int attempt = 0; attempt < 8; attempt++) {
                    int candidate = candidate(a);
                    if (candidate < 0 || candidate == a.index) {
                        continue;
                    }
                    Org b = orgs.get(candidate);
                    if (random.nextDouble() < affinity(a, b) / 0.8 && tied.add(pair(a.index, b.index))) {
                        ties.add(new int[] {a.index, b.index, FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1)});
                        a.ties++;
                        b.ties++;
                        connected.add(pair(a.index, b.index));
                        break;
                    }
                }
            }
        }
    }

    /** A partner candidate: from a shared consortium, industry or district, or anyone, by activity. */
    private int candidate(Org a) {
        double r = random.nextDouble();
        if (r < 0.35 && a.consortia.length > 0) {
            List<int[]> members = consortia
                    .get(a.consortia[random.nextInt(a.consortia.length)])
                    .members();
            return members.get(random.nextInt(members.size()))[0];
        }
        if (r < 0.7) {
            return byIndustry[random.nextDouble() < 0.8 || a.industry2 < 0 ? a.industry : a.industry2].pick(random);
        }
        if (r < 0.88) {
            return byDistrict[a.district].pick(random);
        }
        return everyone.pick(random);
    }

    private void createActivities() {
        int count = Math.max(6, settings.organizations() / 25);
        List<Org> colleges = orgs.stream().filter(o -> o.type.equals("College")).toList();
        List<Org> institutes =
                orgs.stream().filter(o -> o.type.equals("ResearchInstitute")).toList();
        String[] programKinds = {
            "ORDER_CLASS", "APPRENTICESHIP", "SKILL_CERTIFICATION", "TEACHER_TRAINING", "INTERNSHIP", "CURRICULUM"
        };
        String[] projectKinds = {"RESEARCH", "TECH_TRANSFER", "TRAINING_BASE", "INCUBATION", "SHARED_PLATFORM"};
        for (int i = 0; i < count; i++) {
            boolean program = i % 2 == 0;
            Org lead = program || random.nextDouble() < 0.4
                    ? colleges.get(random.nextInt(colleges.size()))
                    : random.nextDouble() < 0.6
                            ? institutes.get(random.nextInt(institutes.size()))
                            : orgs.get(everyone.pick(random));
            int industry = lead.industry;
            int size = 2 + random.nextInt(program ? 3 : 5);
            List<Integer> participants = new ArrayList<>(List.of(lead.index));
            for (int attempt = 0; participants.size() < size && attempt < 40; attempt++) {
                int c = byIndustry[industry].pick(random);
                if (c >= 0 && !participants.contains(c) && random.nextDouble() < affinity(lead, orgs.get(c)) / 0.8) {
                    participants.add(c);
                }
            }
            int start = 2017 + random.nextInt(8);
            int end = Math.min(LAST_YEAR + 2, start + 1 + random.nextInt(4));
            int[] members = participants.stream().mapToInt(Integer::intValue).toArray();
            for (int x : members) {
                for (int y : members) {
                    if (x < y) {
                        connected.add(pair(x, y));
                    }
                }
            }
            Activity activity = new Activity(
                    i,
                    program
                            ? programKinds[random.nextInt(programKinds.length)]
                            : projectKinds[random.nextInt(projectKinds.length)],
                    industry,
                    start,
                    end,
                    members);
            (program ? programs : projects).add(activity);
        }
    }

    // ---- writing ----

    private void writeNodes(GraphSink sink) {
        NodeFile industry = DataFormat.nodeFile("Industry").orElseThrow();
        catalogue.industries().forEach(row -> sink.node(industry, row.toArray()));
        NodeFile major = DataFormat.nodeFile("Major").orElseThrow();
        catalogue.majors().forEach(row -> sink.node(major, row.toArray()));
        for (Org o : orgs) {
            sink.node(DataFormat.nodeFile(o.type).orElseThrow(), organizationRow(o));
        }
        NodeFile consortium = DataFormat.nodeFile("Consortium").orElseThrow();
        for (Consortium c : consortia) {
            List<String> ind = catalogue.industries().get(c.industries()[0]);
            sink.node(consortium, new Object[] {
                id("cons", c.index()),
                CITY + ind.get(1) + "市域产教联合体" + (c.index() + 1) + "号",
                CITY_EN + " " + ind.get(2) + " Industry-Education Consortium No. " + (c.index() + 1),
                CITY,
                c.established(),
                c.dissolved() == null ? "ACTIVE" : "DISSOLVED",
                "围绕" + ind.get(1) + "产业链组建的市域产教联合体。",
                "A city-level consortium built around the " + ind.get(2) + " industry chain.",
                0L
            });
        }
        NodeFile program = DataFormat.nodeFile("Program").orElseThrow();
        for (Activity p : programs) {
            List<String> ind = catalogue.industries().get(p.industry());
            sink.node(program, new Object[] {
                id("prog", p.index()),
                ind.get(1) + "人才培养项目" + (p.index() + 1),
                ind.get(2) + " talent program " + (p.index() + 1),
                p.kind(),
                (long) p.startYear(),
                (long) p.endYear(),
                (long) (20 + random.nextInt(10) * 10),
                0L
            });
        }
        NodeFile project = DataFormat.nodeFile("Project").orElseThrow();
        for (Activity p : projects) {
            List<String> ind = catalogue.industries().get(p.industry());
            boolean done = p.endYear() < LAST_YEAR;
            sink.node(project, new Object[] {
                id("proj", p.index()),
                ind.get(1) + "产教协同项目" + (p.index() + 1),
                ind.get(2) + " joint project " + (p.index() + 1),
                p.kind(),
                done ? "COMPLETED" : "ACTIVE",
                LocalDate.of(p.startYear(), 1 + random.nextInt(12), 1),
                done ? LocalDate.of(p.endYear(), 12, 31) : null,
                (long) logNormal(14.5, 0.9),
                0L
            });
        }
        NodeFile policy = DataFormat.nodeFile("Policy").orElseThrow();
        for (Consortium c : consortia) {
            List<String> ind = catalogue.industries().get(c.industries()[0]);
            sink.node(policy, new Object[] {
                id("pol", c.index()),
                CITY + "支持" + ind.get(1) + "产教融合的若干措施（" + (c.index() + 1) + "）",
                CITY_EN + " measures supporting industry-education integration in " + ind.get(2) + " ("
                        + (c.index() + 1) + ")",
                c.established().minusMonths(2),
                "CITY"
            });
        }
    }

    private Object[] organizationRow(Org o) {
        String[] district = DISTRICTS[o.district];
        String[] a = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String[] b = SYLLABLES[random.nextInt(SYLLABLES.length)];
        List<String> ind = catalogue.industries().get(o.industry);
        String brand = a[0] + b[0];
        String brandEn = a[1] + b[1].toLowerCase();
        String shortDistrict = district[1].substring(0, 2);
        long founded = switch (o.type) {
            case "Government" -> 1950 + random.nextInt(50);
            case "College" -> 1960 + random.nextInt(60);
            default -> 1985 + random.nextInt(40);
        };
        String name;
        String nameEn;
        Object[] specific;
        switch (o.type) {
            case "Government" -> {
                String[] bureaus = {"人民政府", "教育局", "经济和信息化局", "人力资源和社会保障局", "科学技术局"};
                String[] bureausEn = {
                    "People's Government",
                    "Education Bureau",
                    "Economy and IT Bureau",
                    "Human Resources Bureau",
                    "Science and Technology Bureau"
                };
                int k = o.index % bureaus.length;
                boolean city = o.index < bureaus.length;
                name = (city ? CITY : district[1])
                        + bureaus[k]
                        + (o.index >= 2 * bureaus.length ? "（" + o.index + "）" : "");
                nameEn = (city ? CITY_EN : district[2]) + " " + bureausEn[k]
                        + (o.index >= 2 * bureaus.length ? " (" + o.index + ")" : "");
                specific = new Object[] {
                    city ? "CITY" : o.district >= 5 ? "DISTRICT" : random.nextDouble() < 0.3 ? "PARK" : "DISTRICT"
                };
            }
            case "College" -> {
                String[] kinds = {"HIGHER_VOCATIONAL", "SECONDARY_VOCATIONAL", "UNDERGRADUATE", "TECHNICIAN"};
                String kind = kinds[weighted(new double[] {0.45, 0.35, 0.08, 0.12})];
                String suffix = switch (kind) {
                    case "HIGHER_VOCATIONAL" -> "职业技术学院";
                    case "SECONDARY_VOCATIONAL" -> "职业技术学校";
                    case "UNDERGRADUATE" -> "应用技术大学";
                    default -> "技师学院";
                };
                name = CITY.substring(0, 2) + brand + suffix + o.index;
                nameEn = CITY_EN + " " + brandEn + " "
                        + switch (kind) {
                            case "HIGHER_VOCATIONAL" -> "Vocational and Technical College";
                            case "SECONDARY_VOCATIONAL" -> "Vocational School";
                            case "UNDERGRADUATE" -> "University of Applied Technology";
                            default -> "Technician College";
                        }
                        + " " + o.index;
                specific = new Object[] {kind};
            }
            case "Enterprise" -> {
                name = shortDistrict + brand + ind.get(1) + "有限公司" + o.index;
                nameEn = brandEn + " " + ind.get(2) + " Co., Ltd. " + o.index;
                double s = random.nextDouble();
                specific = new Object[] {
                    o.size,
                    o.leading,
                    s < 0.12 ? "STATE_OWNED" : s < 0.9 ? "PRIVATE" : s < 0.96 ? "FOREIGN_INVESTED" : "MIXED"
                };
            }
            case "ResearchInstitute" -> {
                name = CITY + ind.get(1) + "研究院" + o.index;
                nameEn = CITY_EN + " " + ind.get(2) + " Research Institute " + o.index;
                specific = new Object[] {ind.get(1), ind.get(2)};
            }
            case "IndustryAssociation" -> {
                name = CITY + ind.get(1) + "行业协会" + o.index;
                nameEn = CITY_EN + " " + ind.get(2) + " Association " + o.index;
                specific = new Object[0];
            }
            default -> {
                String[] services = {"FINANCE", "INTERMEDIARY", "CERTIFICATION", "OTHER"};
                String service = services[weighted(new double[] {0.3, 0.35, 0.2, 0.15})];
                name = shortDistrict
                        + brand
                        + switch (service) {
                            case "FINANCE" -> "融资担保有限公司";
                            case "INTERMEDIARY" -> "人力资源服务有限公司";
                            case "CERTIFICATION" -> "职业技能鉴定中心";
                            default -> "产教融合服务中心";
                        }
                        + o.index;
                nameEn = brandEn + " "
                        + switch (service) {
                            case "FINANCE" -> "Financing Guarantee Co., Ltd.";
                            case "INTERMEDIARY" -> "HR Services Co., Ltd.";
                            case "CERTIFICATION" -> "Skills Certification Centre";
                            default -> "Industry-Education Service Centre";
                        }
                        + " " + o.index;
                specific = new Object[] {service};
            }
        }
        Object[] row = new Object[8 + specific.length + 1];
        row[0] = orgId(o);
        row[1] = name;
        row[2] = nameEn;
        row[3] = CITY;
        row[4] = district[0];
        row[5] = founded;
        row[6] = name + "位于" + CITY + district[1] + "，主要面向" + ind.get(1) + "。";
        row[7] = "Based in " + district[2] + ", " + CITY_EN + ", active in "
                + ind.get(2).toLowerCase() + ".";
        System.arraycopy(specific, 0, row, 8, specific.length);
        row[row.length - 1] = 0L;
        return row;
    }

    private void writeRelationships(GraphSink sink) {
        RelationshipFile serves = DataFormat.relationshipFile("SERVES").orElseThrow();
        for (int i = 0; i < catalogue.industries().size(); i++) {
            for (int m : catalogue.majorsOfIndustry().get(i)) {
                sink.relationship(serves, "Major", "Industry", new Object[] {
                    catalogue.majors().get(m).getFirst(),
                    catalogue.industries().get(i).getFirst()
                });
            }
        }
        RelationshipFile operatesIn = DataFormat.relationshipFile("OPERATES_IN").orElseThrow();
        RelationshipFile offers = DataFormat.relationshipFile("OFFERS").orElseThrow();
        RelationshipFile demands = DataFormat.relationshipFile("DEMANDS").orElseThrow();
        for (Org o : orgs) {
            sink.relationship(operatesIn, o.type, "Industry", new Object[] {orgId(o), industryCode(o.industry)});
            if (o.industry2 >= 0) {
                sink.relationship(operatesIn, o.type, "Industry", new Object[] {orgId(o), industryCode(o.industry2)});
            }
            if (o.type.equals("College")) {
                for (int m : o.majors) {
                    sink.relationship(offers, "College", "Major", new Object[] {
                        orgId(o), majorCode(m), (long) (40 + 20 * random.nextInt(12))
                    });
                }
            } else if (o.type.equals("Enterprise")) {
                int scale = switch (o.size) {
                    case "LARGE" -> 60;
                    case "MEDIUM" -> 15;
                    case "SMALL" -> 5;
                    default -> 2;
                };
                for (int m : o.majors) {
                    int first = 2020 + random.nextInt(5);
                    int years = 1 + random.nextInt(LAST_YEAR - first + 1);
                    for (int y = first; y < first + years; y++) {
                        sink.relationship(demands, "Enterprise", "Major", new Object[] {
                            orgId(o), majorCode(m), (long) y, (long) (1 + random.nextInt(scale))
                        });
                    }
                }
            }
        }
        writeMemberships(sink);
        writeParticipation(sink);
        writeTiesAndFlows(sink);
        writeGovernmentFlows(sink);
        writePolicies(sink);
    }

    private void writeMemberships(GraphSink sink) {
        RelationshipFile memberOf = DataFormat.relationshipFile("MEMBER_OF").orElseThrow();
        String[] roles = {"CHAIR", "VICE_CHAIR", "COUNCIL", "MEMBER"};
        for (Consortium c : consortia) {
            for (int[] m : c.members()) {
                Org o = orgs.get(m[0]);
                // Founding council joins on the day of establishment; ordinary members join over the years.
                LocalDate since = m[1] <= 2 ? c.established() : c.established().plusDays(random.nextInt(365 * 4));
                LocalDate end = c.dissolved() != null ? c.dissolved() : LocalDate.of(LAST_YEAR, 12, 31);
                if (!since.isBefore(end)) {
                    since = c.established();
                }
                LocalDate until = null;
                String reason = null;
                if (c.dissolved() != null) {
                    until = c.dissolved();
                    reason = "GOAL_REACHED";
                } else if (m[1] == 3 && random.nextDouble() < 0.12) {
                    until = since.plusYears(3);
                    if (until.isAfter(end)) {
                        until = since.plusDays(200 + random.nextInt(300));
                    }
                    reason = random.nextDouble() < 0.6 ? "TERM_EXPIRED" : "OTHER";
                    if (until.isAfter(end)) {
                        until = null;
                        reason = null;
                    }
                }
                sink.relationship(memberOf, o.type, "Consortium", new Object[] {
                    orgId(o), id("cons", c.index()), since, roles[m[1]], until, reason
                });
            }
        }
    }

    private void writeParticipation(GraphSink sink) {
        RelationshipFile participates =
                DataFormat.relationshipFile("PARTICIPATES_IN").orElseThrow();
        RelationshipFile funds = DataFormat.relationshipFile("FUNDS").orElseThrow();
        for (boolean program : new boolean[] {true, false}) {
            for (Activity a : program ? programs : projects) {
                String target = id(program ? "prog" : "proj", a.index());
                String targetLabel = program ? "Program" : "Project";
                for (int i = 0; i < a.participants().length; i++) {
                    Org o = orgs.get(a.participants()[i]);
                    String role = i == 0
                            ? "LEAD"
                            : o.type.equals("Enterprise") && random.nextDouble() < 0.35
                                    ? "FUNDER"
                                    : !program && random.nextDouble() < 0.15 ? "HOST" : "PARTNER";
                    sink.relationship(participates, o.type, targetLabel, new Object[] {orgId(o), target, role});
                    if (role.equals("FUNDER")) {
                        for (int y = a.startYear(); y <= Math.min(a.endYear(), LAST_YEAR); y++) {
                            sink.relationship(funds, o.type, targetLabel, new Object[] {
                                orgId(o), target, (long) y, "SOCIAL_CAPITAL", (long) logNormal(11.5, 0.8)
                            });
                        }
                    }
                }
            }
        }
    }

    private void writeTiesAndFlows(GraphSink sink) {
        RelationshipFile collaborates =
                DataFormat.relationshipFile("COLLABORATES_WITH").orElseThrow();
        RelationshipFile talent = DataFormat.relationshipFile("SUPPLIES_TALENT").orElseThrow();
        RelationshipFile technology =
                DataFormat.relationshipFile("TRANSFERS_TECHNOLOGY").orElseThrow();
        RelationshipFile facility =
                DataFormat.relationshipFile("SHARES_FACILITY").orElseThrow();
        RelationshipFile funds = DataFormat.relationshipFile("FUNDS").orElseThrow();
        for (int[] tie : ties) {
            Org a = orgs.get(tie[0]);
            Org b = orgs.get(tie[1]);
            int since = tie[2];
            Org college = a.type.equals("College") ? a : b.type.equals("College") ? b : null;
            Org enterprise = a.type.equals("Enterprise") ? a : b.type.equals("Enterprise") ? b : null;
            String kind = college != null && enterprise != null
                    ? (random.nextBoolean() ? "JOINT_TRAINING" : "JOINT_EMPLOYMENT")
                    : a.type.equals("College") && b.type.equals("College") ? "JOINT_SCHOOLING" : "JOINT_DEVELOPMENT";
            sink.relationship(collaborates, a.type, b.type, new Object[] {orgId(a), orgId(b), kind, (long) since});
            if (college != null && enterprise != null && college != enterprise) {
                int majorsDone = 0;
                for (int m : college.majors) {
                    if (majorsDone < 2 && Arrays.binarySearch(enterprise.majors, m) >= 0) {
                        majorsDone++;
                        for (int y = Math.max(since, 2019); y <= LAST_YEAR; y++) {
                            if (random.nextDouble() < 0.7) {
                                sink.relationship(talent, "College", "Enterprise", new Object[] {
                                    orgId(college),
                                    orgId(enterprise),
                                    (long) y,
                                    majorCode(m),
                                    (long) (1 + random.nextInt(25))
                                });
                            }
                        }
                    }
                }
                if (random.nextDouble() < 0.3) {
                    int year =
                            Math.max(since, 2019) + random.nextInt(Math.max(1, LAST_YEAR - Math.max(since, 2019) + 1));
                    sink.relationship(funds, "Enterprise", "College", new Object[] {
                        orgId(enterprise),
                        orgId(college),
                        (long) Math.min(year, LAST_YEAR),
                        "SERVICE_PURCHASE",
                        (long) logNormal(12, 0.7)
                    });
                }
            }
            Org source = a.type.equals("ResearchInstitute") || a.type.equals("College") ? a : b;
            Org receiver = source == a ? b : a;
            if ((source.type.equals("ResearchInstitute") || source.type.equals("College"))
                    && receiver.type.equals("Enterprise")
                    && random.nextDouble() < (source.type.equals("ResearchInstitute") ? 0.6 : 0.15)) {
                int transfers = 1 + random.nextInt(3);
                List<String> ind = catalogue.industries().get(receiver.industry);
                for (int t = 0; t < transfers; t++) {
                    sink.relationship(technology, source.type, "Enterprise", new Object[] {
                        orgId(source),
                        orgId(receiver),
                        ind.get(1) + "关键工艺技术" + (t + 1),
                        (long) logNormal(13, 0.8),
                        (long) Math.min(LAST_YEAR, Math.max(since, 2019) + t)
                    });
                }
            }
            if (random.nextDouble() < 0.12) {
                int f = random.nextInt(FACILITIES.length);
                Org host = a.type.equals("College") || a.type.equals("Enterprise") ? a : b;
                Org guest = host == a ? b : a;
                for (int y = Math.max(since, 2020); y <= LAST_YEAR; y += 1 + random.nextInt(2)) {
                    sink.relationship(facility, host.type, guest.type, new Object[] {
                        orgId(host), orgId(guest), FACILITIES[f], (long) y, (long) (40 + random.nextInt(800))
                    });
                }
            }
        }
    }

    private void writeGovernmentFlows(GraphSink sink) {
        RelationshipFile funds = DataFormat.relationshipFile("FUNDS").orElseThrow();
        List<Org> governments =
                orgs.stream().filter(o -> o.type.equals("Government")).toList();
        List<Org> finance =
                orgs.stream().filter(o -> o.type.equals("ServiceAgency")).toList();
        for (Org o : orgs) {
            if (o.type.equals("College") || (o.type.equals("Enterprise") && o.leading)) {
                Org g = governments.get(random.nextInt(governments.size()));
                for (int y = 2019 + random.nextInt(3); y <= LAST_YEAR; y += 1 + random.nextInt(2)) {
                    sink.relationship(funds, "Government", o.type, new Object[] {
                        orgId(g), orgId(o), (long) y, "GRANT", (long) logNormal(13.5, 0.8)
                    });
                    connected.add(pair(g.index, o.index));
                }
            } else if (o.type.equals("Enterprise") && !o.size.equals("MICRO") && random.nextDouble() < 0.15) {
                Org agency = finance.get(random.nextInt(finance.size()));
                int y = 2019 + random.nextInt(LAST_YEAR - 2019 + 1);
                sink.relationship(funds, "ServiceAgency", "Enterprise", new Object[] {
                    orgId(agency),
                    orgId(o),
                    (long) y,
                    random.nextBoolean() ? "LOAN" : "INVESTMENT",
                    (long) logNormal(14, 1)
                });
                connected.add(pair(agency.index, o.index));
            }
        }
        for (boolean program : new boolean[] {true, false}) {
            for (Activity a : program ? programs : projects) {
                if (random.nextDouble() < 0.5) {
                    Org g = governments.get(random.nextInt(governments.size()));
                    sink.relationship(funds, "Government", program ? "Program" : "Project", new Object[] {
                        orgId(g),
                        id(program ? "prog" : "proj", a.index()),
                        (long) Math.min(a.startYear(), LAST_YEAR),
                        "GRANT",
                        (long) logNormal(13, 0.7)
                    });
                }
            }
        }
    }

    private void writePolicies(GraphSink sink) {
        RelationshipFile issues = DataFormat.relationshipFile("ISSUES").orElseThrow();
        RelationshipFile supports = DataFormat.relationshipFile("SUPPORTS").orElseThrow();
        for (Consortium c : consortia) {
            String policy = id("pol", c.index());
            Org chair = orgs.get(c.chair());
            sink.relationship(issues, "Government", "Policy", new Object[] {orgId(chair), policy});
            sink.relationship(supports, "Policy", "Consortium", new Object[] {policy, id("cons", c.index())});
        }
        for (int i = 0; i < programs.size(); i += 5) {
            Consortium c = consortia.get(random.nextInt(consortia.size()));
            sink.relationship(supports, "Policy", "Program", new Object[] {
                id("pol", c.index()), id("prog", programs.get(i).index())
            });
        }
    }

    /** High-affinity pairs of fellow consortium members that ended up with no connection at all. */
    private List<PlantedGap> plantedGaps() {
        PriorityQueue<PlantedGap> best = new PriorityQueue<>(Comparator.comparingDouble(PlantedGap::affinity)
                .thenComparing(PlantedGap::a, Comparator.reverseOrder())
                .thenComparing(PlantedGap::b, Comparator.reverseOrder()));
        Set<Long> seen = new HashSet<>();
        for (Consortium c : consortia) {
            for (int[] x : c.members()) {
                Org a = orgs.get(x[0]);
                if (!a.type.equals("College") && !a.type.equals("ResearchInstitute")) {
                    continue;
                }
                for (int[] y : c.members()) {
                    Org b = orgs.get(y[0]);
                    if (!b.type.equals("Enterprise") || connected.contains(pair(a.index, b.index))) {
                        continue;
                    }
                    if (seen.add(pair(a.index, b.index))) {
                        double affinity = affinity(a, b);
                        // A pair below the weakest of a full list would be dropped at once: skip making it.
                        if (best.size() >= CityGenerator.MAX_PLANTED_GAPS
                                && affinity < best.peek().affinity()) {
                            continue;
                        }
                        best.add(new PlantedGap(orgId(a), orgId(b), affinity));
                        if (best.size() > CityGenerator.MAX_PLANTED_GAPS) {
                            best.poll();
                        }
                    }
                }
            }
        }
        List<PlantedGap> gaps = new ArrayList<>(best);
        gaps.sort(Comparator.comparingDouble(PlantedGap::affinity)
                .reversed()
                .thenComparing(PlantedGap::a)
                .thenComparing(PlantedGap::b));
        return gaps;
    }

    // ---- small helpers ----

    private String industryCode(int i) {
        return catalogue.industries().get(i).getFirst();
    }

    private String majorCode(int m) {
        return catalogue.majors().get(m).getFirst();
    }

    private int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private double logNormal(double mu, double sigma) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.round(Math.exp(mu + sigma * z) / 1000.0) * 1000.0;
    }
}
