import { ContentType } from '../../modules/case/case.enums.js';
import type { CaseRow } from '../../modules/case/case-file.js';
import { demoMediaUrl } from './demo-media.js';
import { DEMO_POLICIES } from './demo-policies.js';

/** [policy key, the label a careful reviewer would choose under version 2, the text]. */
type Snippet = [policy: string, decision: string, text: string];

/** Harmless, realistic content in each demo market's language. */
const SNIPPETS: Record<string, Snippet[]> = {
  'it-IT': [
    ['violence', 'context', 'Domenica li distruggiamo, forza ragazzi! Ci vediamo allo stadio.'],
    ['bullying', 'insult', 'Sei proprio un incapace, smettila di commentare ogni mio post.'],
    ['bullying', 'targeted_harassment', 'Tutti a scrivere a Marco sotto ogni foto finché non chiude il profilo.'],
    ['spam', 'scam', 'Hai vinto un buono da 500€! Inserisci qui i dati della carta per riceverlo.'],
    ['spam', 'self_promotion', 'Seguite la mia pagina di ricette!! Seguite la mia pagina di ricette!!'],
    ['misinformation', 'harmful_false', "Bere acqua e limone cura l'influenza in un'ora, i medici non lo dicono."],
    ['misinformation', 'satire', 'Notizia: il Colosseo chiede le ferie, troppi turisti ad agosto.'],
    ['animal-harm', 'rescue_context', 'Trovato un gattino abbandonato vicino alla stazione, qualcuno può adottarlo?'],
    ['self-harm', 'support_seeking', 'Ultimamente mi sento molto giù e non so con chi parlarne.'],
    ['self-harm', 'recovery_story', "Un anno fa stavo malissimo, oggi grazie all'aiuto di un'amica sto meglio."],
    ['hate-speech', 'stereotype', 'Quelli di quella città sono tutti pigri, si sa.'],
    ['hate-speech', 'none', 'Bellissima la festa multiculturale in piazza ieri sera!'],
    ['child-safety', 'minor_privacy', 'Ecco mio nipote Luca, 3ª B della scuola Manzoni di via Roma.'],
    ['violence', 'threat', 'So dove lavori. Domani ti aspetto fuori alle sei.'],
    ['adult-content', 'suggestive', 'Nuova foto in costume, chi vuole vedere le altre in privato?'],
    ['bullying', 'none', 'Il sindaco ha gestito malissimo i lavori in centro, serve più trasparenza.'],
    ['bullying', 'severe_harassment', 'Questo è il numero di Sara: chiamatela tutti stanotte.'],
  ],
  'de-DE': [
    ['violence', 'context', 'Am Samstag hauen wir die Bayern weg! Wer kommt mit ins Stadion?'],
    ['bullying', 'insult', 'Du hast echt keine Ahnung, hör auf, hier Unsinn zu schreiben.'],
    ['bullying', 'severe_harassment', 'Hier ist die Adresse von dem Typen, besucht ihn doch mal alle.'],
    ['spam', 'scam', 'Ihr Paket wartet! Bestätigen Sie Ihre Bankdaten über diesen Link.'],
    ['spam', 'spam', 'Günstige Sonnenbrillen!!! Nur heute 90 % Rabatt!!!'],
    [
      'misinformation',
      'misleading',
      'Die Studie zeigt 40 % mehr Fälle – dass sie doppelt so viele Menschen getestet hat, steht nicht dabei.',
    ],
    ['misinformation', 'harmful_false', 'Die Wahl ist dieses Jahr am Montag, nicht am Sonntag. Bitte teilen!'],
    ['animal-harm', 'mistreatment', 'Unser Hund muss halt draußen an der Kette bleiben, auch im Winter.'],
    ['self-harm', 'support_seeking', 'Mir geht es seit Wochen schlecht und ich schlafe kaum noch.'],
    ['hate-speech', 'dehumanising', 'Diese Leute sind wie Ungeziefer, die vermehren sich überall.'],
    ['hate-speech', 'none', 'Heute beim interkulturellen Kochabend gelernt, wie man Injera macht.'],
    ['child-safety', 'underage_user', 'Hi, ich bin 11 und das ist mein erstes eigenes Profil!'],
    ['adult-content', 'none', 'Mein Bild für den Aktzeichenkurs an der Volkshochschule.'],
    ['violence', 'glorification', 'Was der Schläger gestern gemacht hat, war genau richtig so.'],
    ['bullying', 'none', 'Der Bürgermeister hat beim Haushalt wirklich versagt.'],
    ['bullying', 'targeted_harassment', 'Schreibt alle unter jedes Video von Tim, wie peinlich er ist!'],
    ['bullying', 'insult', 'Was für ein Versager, nicht mal einen Satz kriegst du richtig hin.'],
  ],
  'fr-FR': [
    ['violence', 'context', 'On va les écraser ce soir, allez les Bleus !'],
    ['bullying', 'insult', "T'es vraiment nul, arrête de commenter mes photos."],
    ['bullying', 'targeted_harassment', 'Allez tous sur son compte lui dire ce que vous pensez de lui.'],
    ['spam', 'scam', 'Félicitations, vous avez gagné un iPhone ! Payez seulement les frais de port ici.'],
    ['spam', 'self_promotion', 'Abonnez-vous à ma chaîne !! Abonnez-vous à ma chaîne !!'],
    ['misinformation', 'satire', 'Exclusif : la tour Eiffel demande à déménager à la mer.'],
    ['misinformation', 'harmful_false', "L'ail cru remplace tous les antibiotiques, c'est prouvé."],
    [
      'animal-harm',
      'rescue_context',
      'Ce chien a été trouvé attaché sur une aire d’autoroute, partagez pour lui trouver une famille.',
    ],
    [
      'self-harm',
      'recovery_story',
      "Il y a deux ans j'allais très mal. Aujourd'hui je cours mon premier semi-marathon.",
    ],
    ['self-harm', 'support_seeking', "Je n'arrive plus à voir le bout du tunnel, quelqu'un peut m'écouter ?"],
    ['hate-speech', 'stereotype', 'Les gens de cette région ne savent pas conduire, tout le monde le sait.'],
    ['child-safety', 'minor_privacy', 'Ma fille Léa, 9 ans, école Jules-Ferry à Lyon, elle adore la danse !'],
    ['adult-content', 'partial_nudity', 'Photo de plage naturiste, vacances au soleil.'],
    ['violence', 'threat', 'Je sais où tu habites, attends-toi à une visite ce soir.'],
    ['hate-speech', 'none', 'Super concert de musique du monde hier, quelle énergie !'],
  ],
  'ko-KR': [
    ['violence', 'context', '이번 주말 경기 완전 박살 내자! 다 같이 응원 가요.'],
    ['bullying', 'insult', '진짜 눈치 없다, 댓글 좀 그만 달아.'],
    ['bullying', 'targeted_harassment', '다들 그 사람 계정에 가서 한마디씩 남겨 주세요.'],
    ['spam', 'scam', '축하합니다! 상품권 당첨, 아래 링크에 카드 번호를 입력하세요.'],
    ['spam', 'spam', '최저가 화장품!!! 오늘만 90% 할인!!!'],
    ['misinformation', 'harmful_false', '소금물을 마시면 감기가 하루 만에 낫는다고 합니다.'],
    ['misinformation', 'satire', '속보: 남산타워, 관광객이 너무 많아 휴가 신청.'],
    ['animal-harm', 'rescue_context', '공원에서 버려진 강아지를 발견했어요. 입양하실 분 계신가요?'],
    ['self-harm', 'support_seeking', '요즘 너무 힘들어서 누구랑 얘기하고 싶어요.'],
    ['self-harm', 'recovery_story', '작년엔 정말 힘들었는데 상담 덕분에 지금은 많이 좋아졌어요.'],
    ['hate-speech', 'stereotype', '그 지역 사람들은 다 게으르다니까.'],
    ['child-safety', 'underage_user', '저 초등학교 4학년인데 오늘 처음 가입했어요!'],
    ['adult-content', 'suggestive', '새 수영복 사진, 나머지는 DM으로 보내 줄게.'],
    ['violence', 'threat', '네가 어디 사는지 알아. 내일 집 앞에서 기다릴게.'],
    ['bullying', 'severe_harassment', '이 사람 집 주소 여기 있어요. 다들 한 번씩 찾아가 보세요.'],
    ['bullying', 'none', '시장님, 이번 예산안은 정말 실망스럽네요.'],
    ['hate-speech', 'none', '어제 다문화 축제 정말 즐거웠어요!'],
  ],
  'es-ES': [
    ['violence', 'context', '¡El domingo los aplastamos! Todos al estadio.'],
    ['bullying', 'insult', 'Eres un inútil, deja de comentar todo lo que subo.'],
    ['bullying', 'severe_harassment', 'Esta es la dirección de su casa, a ver si alguien le hace una visita.'],
    ['spam', 'scam', 'Su cuenta será bloqueada. Verifique sus datos bancarios en este enlace.'],
    ['spam', 'self_promotion', '¡¡Sígueme para más recetas!! ¡¡Sígueme para más recetas!!'],
    ['misinformation', 'misleading', 'Los precios subieron un 50 % (en un solo producto, pero eso no lo decimos).'],
    ['misinformation', 'harmful_false', 'Beber agua con bicarbonato cura cualquier infección.'],
    ['animal-harm', 'cruelty', 'Vídeo de una pelea de gallos con apuestas en directo.'],
    ['animal-harm', 'rescue_context', 'Encontramos esta gatita en la calle, ¿alguien puede acogerla?'],
    ['self-harm', 'support_seeking', 'Llevo semanas sin ganas de nada, necesito hablar con alguien.'],
    ['hate-speech', 'attack', 'Hay que echar a toda esa gente del barrio, no los queremos aquí.'],
    ['hate-speech', 'none', 'Qué bonita la feria de culturas del mundo este fin de semana.'],
    ['child-safety', 'minor_privacy', 'Mi sobrino Pablo, 8 años, colegio San José de Valencia.'],
    ['adult-content', 'none', 'Campaña de lactancia materna en el centro de salud.'],
    ['violence', 'glorification', 'Lo que hizo ayer ese agresor fue lo correcto, se lo merecían.'],
  ],
  'pt-BR': [
    ['violence', 'context', 'Domingo a gente amassa eles! Bora pro estádio!'],
    ['bullying', 'insult', 'Você é muito sem noção, para de comentar nas minhas fotos.'],
    ['bullying', 'targeted_harassment', 'Galera, vamos todos lotar o perfil dele de comentários até ele sair.'],
    ['spam', 'scam', 'Você ganhou um Pix de R$ 1.000! Informe sua senha do banco para receber.'],
    ['spam', 'spam', 'Promoção imperdível!!! Relógios com 90% de desconto!!!'],
    ['misinformation', 'harmful_false', 'Chá de alho cura dengue em um dia, compartilhe!'],
    ['misinformation', 'satire', 'Urgente: Cristo Redentor pede férias por excesso de turistas.'],
    ['animal-harm', 'mistreatment', 'O cachorro fica preso no quintal o dia todo sem água, mas é normal aqui.'],
    ['self-harm', 'support_seeking', 'Tô me sentindo muito sozinho ultimamente, alguém pode conversar?'],
    ['self-harm', 'recovery_story', 'Há um ano eu estava muito mal; hoje, com terapia, estou bem melhor.'],
    ['hate-speech', 'stereotype', 'O pessoal daquela região é tudo preguiçoso, todo mundo sabe.'],
    ['child-safety', 'minor_privacy', 'Meu filho Pedro, 7 anos, estuda na escola Monteiro Lobato em Campinas.'],
    ['adult-content', 'suggestive', 'Foto nova de biquíni, quem quiser ver mais chama no privado.'],
    ['violence', 'threat', 'Sei onde você trabalha. Amanhã te espero na saída.'],
    ['hate-speech', 'none', 'Que festa linda de cultura afro-brasileira no centro ontem!'],
  ],
};

/**
 * Media cases: [policy, decision, kind, sensitivity tags, bundled file]. Each its own
 * file, so no two media cases of a market are the same content.
 */
const MEDIA: [string, string, ContentType, string[], string][] = [
  ['animal-harm', 'rescue_context', ContentType.IMAGE, ['animal-injury'], 'kitten.png'],
  ['adult-content', 'partial_nudity', ContentType.IMAGE, ['nudity'], 'beach.png'],
  ['violence', 'context', ContentType.VIDEO, [], 'stadium.webm'],
  ['child-safety', 'minor_privacy', ContentType.IMAGE, ['minor'], 'school.png'],
  ['spam', 'spam', ContentType.IMAGE, [], 'sale.png'],
  ['violence', 'glorification', ContentType.VIDEO, ['graphic'], 'clash.webm'],
];

const MEDIA_CAPTIONS = [
  'Guardate questa foto',
  'Schaut euch das an',
  'Regardez ça',
  '이거 봐',
  'Mirad esto',
  'Olha isso',
];

const QUEUES = ['user-reports', 'proactive-detection', 'escalations'];

/** A small deterministic generator (mulberry32), so every demo database holds the same cases. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * About 320 cases across the demo markets, each decided by that market's vendor
 * moderator: every text three times (sometimes decided differently, as real queues
 * are), and a few images and videos (bundled with Concord and served by it, so the demo
 * needs no other host), some tagged sensitive. Nine in ten were decided under version 2
 * in the last 60 days, the rest under version 1 before it.
 */
export function demoCaseRows(moderators: Record<string, string>, now = new Date()): CaseRow[] {
  const next = random(20_26);
  const policies = new Map(DEMO_POLICIES.map((p) => [p.key, p]));
  const rows: CaseRow[] = [];
  const add = (
    market: string,
    base: Omit<CaseRow, 'line' | 'policyVersion' | 'decidedAt' | 'source' | 'externalId' | 'market' | 'moderatorEmail'>,
  ) => {
    const policy = policies.get(base.policy)!;
    const v2Labels = policy.v2.labels.map(([key]) => key);
    // One decision in five differs from the careful one: a neighbouring label.
    let decision = base.decision;
    if (next() < 0.2) {
      const at = v2Labels.indexOf(decision);
      decision = v2Labels[Math.min(v2Labels.length - 1, Math.max(0, at + (next() < 0.5 ? -1 : 1)))]!;
    }
    const v1Keys = new Set(policy.v1.labels.map(([key]) => key));
    const v1Decision = policy.v1Decision?.[decision] ?? (v1Keys.has(decision) ? decision : null);
    const underV1 = v1Decision !== null && next() < 0.1;
    const daysAgo = underV1 ? 120 + next() * 180 : next() * 60;
    rows.push({
      ...base,
      line: rows.length + 1,
      source: 'demo',
      externalId: `demo-${market}-${String(rows.length + 1).padStart(4, '0')}`,
      market,
      moderatorEmail: moderators[market]!,
      policyVersion: underV1 ? 1 : 2,
      decision: underV1 ? v1Decision : decision,
      decidedAt: new Date(Math.floor(now.getTime() - daysAgo * 86_400_000 - 60_000)),
    });
  };
  Object.entries(SNIPPETS).forEach(([market, snippets], m) => {
    for (let round = 0; round < 3; round++) {
      for (const [policy, decision, text] of snippets) {
        add(market, {
          queue: QUEUES[Math.floor(next() * QUEUES.length)]!,
          contentType: ContentType.TEXT,
          text,
          mediaUrl: null,
          sensitivityTags: [],
          policy,
          decision,
        });
      }
    }
    MEDIA.forEach(([policy, decision, contentType, tags, file]) => {
      add(market, {
        queue: 'media-review',
        contentType,
        text: MEDIA_CAPTIONS[m] ?? null,
        mediaUrl: demoMediaUrl(file),
        sensitivityTags: tags,
        policy,
        decision,
      });
    });
  });
  return rows;
}
