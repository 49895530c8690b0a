<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="98"/>
        <source>AI placed points</source>
        <translation>Pontos posicionados pela IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="124"/>
        <source>The AI tasks could not be listed: %1</source>
        <translation>Não foi possível listar as tarefas de IA: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="130"/>
        <source>This build has no AI task plugins.</source>
        <translation>Esta compilação não tem plugins de tarefas de IA.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="111"/>
        <location filename="../ui/ai/ai_panel.cpp" line="586"/>
        <source>AI is not in this build: Osteon was built without LibTorch.</source>
        <translation>A IA não está nesta compilação: o Osteon foi compilado sem LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="160"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="168"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="170"/>
        <source>Load model...</source>
        <translation>Carregar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="171"/>
        <source>A model package (.osteon) or a TorchScript file (.pt) for this task</source>
        <translation>Um pacote de modelo (.osteon) ou um arquivo TorchScript (.pt) para esta tarefa</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="172"/>
        <source>Bundled demo model</source>
        <translation>Modelo de demonstração incluído</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="179"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="181"/>
        <source>Run the model on the current image or study (Ctrl+R)</source>
        <translation>Executar o modelo na imagem ou no estudo atual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="182"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="208"/>
        <source>Run anyway (research use)</source>
        <translation>Executar mesmo assim (uso em pesquisa)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="211"/>
        <source>Run the model on this input although the task does not accept it; the result is not meaningful for diagnosis</source>
        <translation>Executar o modelo nesta entrada embora a tarefa não a aceite; o resultado não tem valor diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="218"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Add placed points to labelling</source>
        <translation>Adicionar pontos posicionados à rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="265"/>
        <source>Make the points the localiser placed ordinary labelling points of this study (one edit: Ctrl+Z removes them). Move any of them and run again: your positions are then used.</source>
        <translation>Tornar os pontos posicionados pelo localizador pontos de rotulagem comuns deste estudo (uma edição: Ctrl+Z os remove). Mova qualquer um deles e execute de novo: suas posições serão usadas.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="325"/>
        <source>No AI task is selected.</source>
        <translation>Nenhuma tarefa de IA selecionada.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="325"/>
        <source>Unknown AI task %1</source>
        <translation>Tarefa de IA desconhecida %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="335"/>
        <source>Input: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="337"/>
        <source>Proposed for this study: %1</source>
        <translation>Proposta para este estudo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="357"/>
        <source>Bundled demo model (%1)</source>
        <translation>Modelo de demonstração incluído (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="367"/>
        <source>Load a model for %1</source>
        <translation>Carregar um modelo para %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="368"/>
        <source>Models (*.osteon *.pt *.pth *.ts);;All files (*)</source>
        <translation>Modelos (*.osteon *.pt *.pth *.ts);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="382"/>
        <source>The model is busy; cancel or wait before loading another.</source>
        <translation>O modelo está ocupado; cancele ou aguarde antes de carregar outro.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="399"/>
        <location filename="../ui/ai/ai_panel.cpp" line="615"/>
        <source>Loading the model...</source>
        <translation>Carregando o modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="494"/>
        <source>Open an image or a study first.</source>
        <translation>Abra primeiro uma imagem ou um estudo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="587"/>
        <source>The model is already running.</source>
        <translation>O modelo já está em execução.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="603"/>
        <source>%1 Run it anyway only for research use.</source>
        <translation>%1 Execute mesmo assim apenas para uso em pesquisa.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="615"/>
        <source>Running %p%</source>
        <translation>Executando %p%</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="625"/>
        <source>%1: running...</source>
        <translation>%1: executando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="632"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="661"/>
        <source>Model loaded: %1</source>
        <translation>Modelo carregado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="662"/>
        <location filename="../ui/ai/ai_panel.cpp" line="791"/>
        <source>bundled demo model</source>
        <translation>modelo de demonstração incluído</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="667"/>
        <source>Loading the model was cancelled.</source>
        <translation>O carregamento do modelo foi cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="668"/>
        <location filename="../ui/ai/ai_panel.cpp" line="682"/>
        <source>The model could not be loaded: %1</source>
        <translation>Não foi possível carregar o modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="676"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="683"/>
        <source>The model could not run: %1</source>
        <translation>Não foi possível executar o modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="692"/>
        <source>Run anyway, for research use: %1</source>
        <translation>Executado mesmo assim, para uso em pesquisa: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="699"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="786"/>
        <source>Not measured: %1</source>
        <translation>Não medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="792"/>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="830"/>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/ai_panel.cpp" line="845"/>
        <source>%n target(s) not measured: %1</source>
        <translation>
            <numerusform>%n alvo não medido: %1</numerusform>
            <numerusform>%n alvos não medidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/ai_panel.cpp" line="898"/>
        <source>The level localiser placed %n point(s).</source>
        <translation>
            <numerusform>O localizador de níveis posicionou %n ponto.</numerusform>
            <numerusform>O localizador de níveis posicionou %n pontos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="900"/>
        <source>They are labelling points now: move any of them and run again to grade your positions.</source>
        <translation>Agora são pontos de rotulagem: mova qualquer um deles e execute de novo para graduar as suas posições.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ai/ai_panel.cpp" line="903"/>
        <source>%n of them are drawn in magenta, marked (AI); add them to the labels to correct them.</source>
        <translation>
            <numerusform>%n deles está desenhado em magenta, marcado (AI); adicione-o aos rótulos para corrigi-lo.</numerusform>
            <numerusform>%n deles estão desenhados em magenta, marcados (AI); adicione-os aos rótulos para corrigi-los.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="908"/>
        <source>They are drawn in magenta, marked (AI). Open the study for labelling (File &gt; Open RSNA dataset) to keep and correct them.</source>
        <translation>Eles estão desenhados em magenta, marcados (AI). Abra o estudo para rotulagem (Arquivo &gt; Abrir conjunto RSNA) para mantê-los e corrigi-los.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1033"/>
        <source>Computing the %1 map of class %2...</source>
        <translation>Calculando o mapa %1 da classe %2...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1051"/>
        <source>Class activation map...</source>
        <translation>Mapa de ativação de classe...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1062"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>Não foi possível calcular o mapa de ativação de classe: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1091"/>
        <source>Export the overlay</source>
        <translation>Exportar a sobreposição</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1092"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1103"/>
        <source>Export the heatmap as DICOM</source>
        <translation>Exportar o mapa de calor como DICOM</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1104"/>
        <source>DICOM files (*.dcm)</source>
        <translation>Arquivos DICOM (*.dcm)</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="61"/>
        <source>Validation confusion</source>
        <translation>Confusão na validação</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="70"/>
        <source>No epochs yet</source>
        <translation>Nenhuma época ainda</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="87"/>
        <source>predicted</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../ui/training/confusion_matrix_view.cpp" line="91"/>
        <source>true</source>
        <translation>real</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="23"/>
        <source>Corner text</source>
        <translation>Texto dos cantos</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="308"/>
        <source>uncalibrated px</source>
        <translation>px não calibrados</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="309"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="313"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>J %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="327"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra um estudo (Ctrl+O) ou solte arquivos aqui</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="396"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="401"/>
        <source>stored %1, value %2</source>
        <translation>armazenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="406"/>
        <source>(%1, %2) %3 | uncalibrated px (no pixel spacing)</source>
        <translation>(%1, %2) %3 | px não calibrados (sem espaçamento de pixel)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="408"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>LabellingPanel</name>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="54"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="57"/>
        <source>Open an RSNA dataset folder (File &gt; Open RSNA dataset) to label it.</source>
        <translation>Abra uma pasta de conjunto de dados RSNA (Arquivo &gt; Abrir conjunto RSNA) para rotulá-la.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="84"/>
        <source>Points placed and grades given: a dot is a point, N/M/S the grade</source>
        <translation>Pontos colocados e graus dados: um ponto é um ponto marcado, N/M/S o grau</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="102"/>
        <source>Notes for this study (Enter to keep)</source>
        <translation>Notas deste estudo (Enter para manter)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="203"/>
        <source>The study&apos;s work stays in its journal: %1</source>
        <translation>O trabalho do estudo fica no seu diário: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="230"/>
        <source>Study %1 cannot be labelled: %2</source>
        <translation>O estudo %1 não pode ser rotulado: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="238"/>
        <source>Restored %n unsaved edit(s) of study %1</source>
        <translation>
            <numerusform>Restaurada %n edição não salva do estudo %1</numerusform>
            <numerusform>Restauradas %n edições não salvas do estudo %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="314"/>
        <source>Next missing: %1 %2</source>
        <translation>Próximo pendente: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="320"/>
        <source>Every point is placed and every level graded in this study.</source>
        <translation>Todos os pontos estão colocados e todos os níveis graduados neste estudo.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="332"/>
        <source>No study is open for labelling: open the RSNA dataset for labelling (File &gt; Open RSNA dataset) to keep the placed points.</source>
        <translation>Nenhum estudo está aberto para rotulagem: abra o conjunto RSNA para rotulagem (Arquivo &gt; Abrir conjunto RSNA) para manter os pontos posicionados.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="362"/>
        <source>Every placed point&apos;s level already has a point in study %1: nothing added.</source>
        <translation>O nível de cada ponto posicionado já tem um ponto no estudo %1: nada foi adicionado.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="374"/>
        <source>The placed points were not added: %1</source>
        <translation>Os pontos posicionados não foram adicionados: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="379"/>
        <source>Added %n AI-placed point(s) to the labels of study %1 (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Adicionado %n ponto posicionado pela IA aos rótulos do estudo %1 (Ctrl+Z o remove)</numerusform>
            <numerusform>Adicionados %n pontos posicionados pela IA aos rótulos do estudo %1 (Ctrl+Z os remove)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="382"/>
        <source>Added %n point(s) from %2 to the labels of study %1 (Ctrl+Z removes them)</source>
        <translation>
            <numerusform>Adicionado %n ponto de %2 aos rótulos do estudo %1 (Ctrl+Z o remove)</numerusform>
            <numerusform>Adicionados %n pontos de %2 aos rótulos do estudo %1 (Ctrl+Z os remove)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="386"/>
        <source>%n level(s) kept the annotator&apos;s point</source>
        <translation>
            <numerusform>%n nível manteve o ponto do anotador</numerusform>
            <numerusform>%n níveis mantiveram o ponto do anotador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="399"/>
        <source>%n level point(s) and %1 grade(s) of the report were not imported: open the RSNA dataset for labelling (File &gt; Open RSNA dataset) first.</source>
        <translation>
            <numerusform>%n ponto de nível e %1 grau(s) do relatório não foram importados: abra primeiro o conjunto RSNA para rotulagem (Arquivo &gt; Abrir conjunto RSNA).</numerusform>
            <numerusform>%n pontos de nível e %1 grau(s) do relatório não foram importados: abra primeiro o conjunto RSNA para rotulagem (Arquivo &gt; Abrir conjunto RSNA).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="437"/>
        <source>Imported %n level point(s) and %1 grade(s) into study %2</source>
        <translation>
            <numerusform>Importado %n ponto de nível e %1 grau(s) no estudo %2</numerusform>
            <numerusform>Importados %n pontos de nível e %1 grau(s) no estudo %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="461"/>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="474"/>
        <source>Redo: %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="500"/>
        <source>Saved %n study(ies) in train.csv and train_label_coordinates.csv in %1</source>
        <translation>
            <numerusform>%n estudo salvo em train.csv e train_label_coordinates.csv em %1</numerusform>
            <numerusform>%n estudos salvos em train.csv e train_label_coordinates.csv em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="542"/>
        <source>Discarded the unsaved work of %n study(ies); kept in %1</source>
        <translation>
            <numerusform>Descartado o trabalho não salvo de %n estudo; guardado em %1</numerusform>
            <numerusform>Descartado o trabalho não salvo de %n estudos; guardado em %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="563"/>
        <source>De-identifying the dataset...</source>
        <translation>Desidentificando o conjunto de dados...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="563"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="564"/>
        <location filename="../ui/annotate/labelling_panel.cpp" line="614"/>
        <source>Export de-identified dataset</source>
        <translation>Exportar conjunto de dados desidentificado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="588"/>
        <source>Exported %1 de-identified DICOM file(s) and %2 CSV file(s) to %3; %4 refused for review (burned-in text), %5 error(s)</source>
        <translation>Exportados %1 arquivo(s) DICOM desidentificado(s) e %2 arquivo(s) CSV para %3; %4 recusado(s) para revisão (texto gravado na imagem), %5 erro(s)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="597"/>
        <source>refused for review: %1</source>
        <translation>recusado para revisão: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="582"/>
        <source>Export cancelled; the files written so far are in %1</source>
        <translation>Exportação cancelada; os arquivos escritos até agora estão em %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="159"/>
        <source>%1 has no %2/&lt;study&gt; folders</source>
        <translation>%1 não tem pastas %2/&lt;estudo&gt;</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="584"/>
        <source>Export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="617"/>
        <source>A copy of the dataset with the DICOM PS3.15 Basic Application Level Confidentiality Profile (every attribute of Table E.1-1). Study and series folders and the CSV ids become pseudonyms. Files that may show burned-in text are refused and listed.</source>
        <translation>Uma cópia do conjunto de dados com o Perfil Básico de Confidencialidade no Nível da Aplicação da DICOM PS3.15 (todos os atributos da Tabela E.1-1). As pastas de estudos e séries e os ids dos CSV viram pseudônimos. Arquivos que podem mostrar texto gravado na imagem são recusados e listados.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="624"/>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="626"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="639"/>
        <source>Also export files that may show burned-in text (listed)</source>
        <translation>Exportar também arquivos que podem mostrar texto gravado na imagem (listados)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="651"/>
        <source>Choose full dates or modified dates, not both.</source>
        <translation>Escolha datas completas ou datas modificadas, não ambas.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="504"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="659"/>
        <source>No dataset open.</source>
        <translation>Nenhum conjunto de dados aberto.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="679"/>
        <source>Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8</source>
        <translation>Estudo %1 de %2 (%3): %4/25 pontos, %5/25 graus. %6 de %2 estudos totalmente graduados. Agora: %7 %8</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="697"/>
        <source>Place points on the acquired slices: switch this view to its acquisition plane.</source>
        <translation>Coloque os pontos nos cortes adquiridos: mude esta vista para o seu plano de aquisição.</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="45"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="56"/>
        <source>Recent lines of Osteon&apos;s log (errors, warnings and information)</source>
        <translation>Linhas recentes do registro do Osteon (erros, avisos e informações)</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="62"/>
        <source>Log file: %1</source>
        <translation>Arquivo de registro: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="64"/>
        <source>Copy all</source>
        <translation>Copiar tudo</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="66"/>
        <source>Copy every line shown to the clipboard, to paste into a bug report</source>
        <translation>Copiar todas as linhas mostradas para a área de transferência, para colar num relatório de erro</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="69"/>
        <source>Open log folder</source>
        <translation>Abrir pasta do registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/log_dock.cpp" line="71"/>
        <source>Show the folder of the log file, to attach osteon.log to a bug report</source>
        <translation>Mostrar a pasta do arquivo de registro, para anexar o osteon.log a um relatório de erro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="45"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="52"/>
        <source>Viewer</source>
        <translation>Visualizador</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="55"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="59"/>
        <source>Studies</source>
        <translation>Estudos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="64"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Arquivos que não puderam ser carregados, com o motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="85"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não salvo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="86"/>
        <source>Study %1 has annotation work that was not saved when Osteon last closed. Restore it?</source>
        <translation>O estudo %1 tem anotações que não foram salvas quando o Osteon fechou pela última vez. Restaurá-las?</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="94"/>
        <source>Unsaved labels</source>
        <translation>Rótulos não salvos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="95"/>
        <source>%n study(ies) have labels that are not in the CSV files yet: %1</source>
        <translation>
            <numerusform>%n estudo tem rótulos que ainda não estão nos arquivos CSV: %1</numerusform>
            <numerusform>%n estudos têm rótulos que ainda não estão nos arquivos CSV: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="99"/>
        <source>Discard keeps a copy in the dataset&apos;s .osteon folder.</source>
        <translation>Descartar guarda uma cópia na pasta .osteon do conjunto de dados.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="123"/>
        <source>Labelling</source>
        <translation>Rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="146"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="160"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="190"/>
        <source>Loading the trained model %1 in the AI panel</source>
        <translation>Carregando o modelo treinado %1 no painel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="232"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="237"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir arquivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="241"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imagens (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="247"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;pasta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="247"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="250"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir uma pasta de arquivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="254"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="254"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="256"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir um DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="257"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="260"/>
        <source>&amp;Query PACS...</source>
        <translation>&amp;Consultar PACS...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="260"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="272"/>
        <source>Open RSNA &amp;dataset for labelling...</source>
        <translation>Abrir &amp;conjunto RSNA para rotular...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="273"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="275"/>
        <source>Open an RSNA dataset folder (train_images + CSV files)</source>
        <translation>Abrir uma pasta de conjunto RSNA (train_images + arquivos CSV)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="278"/>
        <source>&amp;Save labels (RSNA CSV files)</source>
        <translation>&amp;Salvar rótulos (arquivos CSV RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="280"/>
        <source>Export &amp;de-identified dataset...</source>
        <translation>Exportar conjunto &amp;anonimizado...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="283"/>
        <source>Open an RSNA dataset for labelling first.</source>
        <translation>Abra primeiro um conjunto RSNA para rotulagem.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>Export measurements as DICOM S&amp;R...</source>
        <translation>Exportar medições como DICOM S&amp;R...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="289"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="291"/>
        <source>Export measurements as a DICOM SR Measurement Report</source>
        <translation>Exportar medições como relatório de medições DICOM SR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="292"/>
        <source>DICOM files (*.dcm)</source>
        <translation>Arquivos DICOM (*.dcm)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="298"/>
        <source>&amp;Export view as PNG...</source>
        <translation>&amp;Exportar vista como PNG...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="298"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="301"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="303"/>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="305"/>
        <source>&amp;Recent studies</source>
        <translation>Estudos &amp;recentes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="308"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="310"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="313"/>
        <source>Layout 1x1</source>
        <translation>Layout 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="313"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="316"/>
        <source>Layout 1x3</source>
        <translation>Layout 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="316"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="319"/>
        <source>Layout 2x2</source>
        <translation>Layout 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="319"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="321"/>
        <source>Next view</source>
        <translation>Próxima vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="321"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="325"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="325"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="331"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="331"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="334"/>
        <source>Next slice</source>
        <translation>Próximo corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="336"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="338"/>
        <source>Ten slices forward</source>
        <translation>Dez cortes à frente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="340"/>
        <source>Ten slices back</source>
        <translation>Dez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="342"/>
        <source>First slice</source>
        <translation>Primeiro corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="344"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="346"/>
        <source>Cine play/stop</source>
        <translation>Cine reproduzir/parar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="354"/>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="354"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="355"/>
        <source>Actual pixels (1:1)</source>
        <translation>Pixels reais (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="355"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="357"/>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="359"/>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="361"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 graus no sentido horário</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="361"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="363"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 graus no sentido anti-horário</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="364"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>Flip horizontally</source>
        <translation>Espelhar horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="367"/>
        <source>Flip vertically</source>
        <translation>Espelhar verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="367"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Smooth interpolation</source>
        <translation>Interpolação suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Show corner text</source>
        <translation>Mostrar texto dos cantos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="384"/>
        <source>Show overlays</source>
        <translation>Mostrar sobreposições</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="384"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="390"/>
        <source>Show labelling points</source>
        <translation>Mostrar pontos de rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="390"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Show measurements</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="402"/>
        <source>Link cursor between views</source>
        <translation>Vincular cursor entre as vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="402"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado ativado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desativado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="407"/>
        <source>Reset view</source>
        <translation>Restaurar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="407"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="416"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="424"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>O idioma muda na próxima vez que o Osteon iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="428"/>
        <source>&amp;Window</source>
        <translation>&amp;Janela</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="430"/>
        <source>Auto window/level</source>
        <translation>Janela/nível automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="430"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="433"/>
        <source>Header preset %1</source>
        <translation>Predefinição do cabeçalho %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="437"/>
        <source>&amp;Labelling</source>
        <translation>&amp;Rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="440"/>
        <source>Condition: %1</source>
        <translation>Condição: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="448"/>
        <source>Level %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="451"/>
        <source>Grade Normal/Mild</source>
        <translation>Grau Normal/Leve</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="451"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="453"/>
        <source>Grade Moderate</source>
        <translation>Grau Moderado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="453"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="455"/>
        <source>Grade Severe</source>
        <translation>Grau Grave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="455"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="457"/>
        <source>Jump to the next missing label</source>
        <translation>Ir para o próximo rótulo pendente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="457"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="459"/>
        <source>Delete the selected point</source>
        <translation>Excluir o ponto selecionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="461"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="462"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="462"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="464"/>
        <source>Next study</source>
        <translation>Próximo estudo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="464"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="466"/>
        <source>Previous study</source>
        <translation>Estudo anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="466"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="469"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="471"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="471"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="474"/>
        <source>Angle</source>
        <translation>Ângulo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="474"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="477"/>
        <source>Cobb angle</source>
        <translation>Ângulo de Cobb</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="477"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="479"/>
        <source>Auto Cobb (find vertebrae, measure, ALS type)</source>
        <translation>Cobb automático (encontrar vértebras, medir, tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="480"/>
        <source>Shift+B</source>
        <translation>Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="484"/>
        <source>Auto Cobb</source>
        <translation>Cobb automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="488"/>
        <source>Stop measuring</source>
        <translation>Parar de medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="488"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="490"/>
        <source>Undo the last measurement edit</source>
        <translation>Desfazer a última edição de medida</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="491"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="493"/>
        <source>&amp;AI</source>
        <translation>&amp;IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="498"/>
        <source>Run model on the current image or study</source>
        <translation>Executar o modelo na imagem ou no estudo atual</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="499"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="503"/>
        <source>Load model...</source>
        <translation>Carregar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="507"/>
        <source>Export heatmap overlay...</source>
        <translation>Exportar sobreposição do mapa de calor...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="509"/>
        <source>Show/hide the AI panel</source>
        <translation>Mostrar/ocultar o painel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="509"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="517"/>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="518"/>
        <source>Show/hide the training tab</source>
        <translation>Mostrar/ocultar a aba de treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="519"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="520"/>
        <source>Check the training dataset</source>
        <translation>Verificar o conjunto de treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="524"/>
        <source>Start training</source>
        <translation>Iniciar treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="528"/>
        <source>Cancel training</source>
        <translation>Cancelar treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="531"/>
        <source>Load training configuration...</source>
        <translation>Carregar configuração de treinamento...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="535"/>
        <source>Load a training configuration</source>
        <translation>Carregar uma configuração de treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="535"/>
        <location filename="../ui/shell/main_window.cpp" line="541"/>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="538"/>
        <source>Save training configuration...</source>
        <translation>Salvar configuração de treinamento...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="540"/>
        <source>Save the training configuration</source>
        <translation>Salvar a configuração de treinamento</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="548"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="549"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="549"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="553"/>
        <source>&amp;Log file location</source>
        <translation>Local do arquivo de &amp;registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="554"/>
        <source>Log file location</source>
        <translation>Local do arquivo de registro</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="555"/>
        <source>Osteon&apos;s log is in %1 (the previous one in osteon.log.1). Attach it to a bug report.</source>
        <translation>O registro do Osteon está em %1 (o anterior em osteon.log.1). Anexe-o a um relatório de erro.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="562"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Sobre o Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="564"/>
        <source>About Osteon</source>
        <translation>Sobre o Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="565"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: um visualizador radiológico para imagens de ossos e coluna.
Não destinado a uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="622"/>
        <source>Open a study and measure it first.</source>
        <translation>Abra um estudo e meça-o primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="633"/>
        <source>%1 is a result made on a study: open the study first, then the result.</source>
        <translation>%1 é um resultado feito sobre um estudo: abra primeiro o estudo, depois o resultado.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="648"/>
        <source>%1 is neither a DICOM SR Measurement Report nor a Parametric Map.</source>
        <translation>%1 não é um relatório de medições DICOM SR nem um mapa paramétrico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="674"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Ainda carregando; cancele antes de abrir outra coisa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="681"/>
        <source>Loading %1</source>
        <translation>Carregando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="691"/>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="700"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n série carregada</numerusform>
            <numerusform>%n séries carregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="702"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: veja o painel Estudos</numerusform>
            <numerusform>, %n problemas: veja o painel Estudos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="707"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="19"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="27"/>
        <source>Measurement tool off</source>
        <translation>Ferramenta de medida desligada</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="30"/>
        <source>Distance: click two points</source>
        <translation>Distância: clique em dois pontos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="33"/>
        <source>Angle: click an arm, the vertex, the other arm</source>
        <translation>Ângulo: clique em um lado, no vértice e no outro lado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="37"/>
        <source>Cobb angle: click the two ends of the upper endplate, then of the lower endplate</source>
        <translation>Ângulo de Cobb: clique nas duas pontas do platô superior e depois do platô inferior</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="62"/>
        <source>Restored measurement work that was not saved (%n edit(s))</source>
        <translation>
            <numerusform>Restaurado trabalho de medição não salvo (%n edição)</numerusform>
            <numerusform>Restaurado trabalho de medição não salvo (%n edições)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="64"/>
        <source>Saved measurements: %1</source>
        <translation>Medições salvas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="80"/>
        <source>Measurements could not be saved: %1</source>
        <translation>As medidas não puderam ser salvas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="96"/>
        <source>Auto Cobb needs Osteon built with LibTorch (the AI engine)</source>
        <translation>O Cobb automático precisa do Osteon compilado com LibTorch (o motor de IA)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="97"/>
        <source>Auto Cobb is already running</source>
        <translation>O Cobb automático já está em execução</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="98"/>
        <source>Auto Cobb: open a spine X-ray first</source>
        <translation>Cobb automático: abra primeiro uma radiografia da coluna</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="100"/>
        <source>Auto Cobb works on a single AP spine radiograph, not on a %1-slice series</source>
        <translation>O Cobb automático funciona em uma única radiografia AP da coluna, não em uma série de %1 cortes</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="106"/>
        <source>Auto Cobb: finding the vertebrae...</source>
        <translation>Cobb automático: procurando as vértebras...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="126"/>
        <location filename="../ui/annotate/measure_tool.cpp" line="165"/>
        <source>Auto Cobb failed: %1</source>
        <translation>O Cobb automático falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="126"/>
        <source>no image</source>
        <translation>sem imagem</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="154"/>
        <source>Auto Cobb: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Drag a corner to correct it.</source>
        <translation>Cobb automático: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Arraste um canto para corrigi-lo.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="159"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="272"/>
        <source>Measured %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="306"/>
        <source>Moved %1 %2: principal Cobb angle %3</source>
        <translation>%1 %2 movido: ângulo de Cobb principal %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="308"/>
        <source>top-left</source>
        <translation>superior esquerdo</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="308"/>
        <source>top-right</source>
        <translation>superior direito</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="308"/>
        <source>bottom-left</source>
        <translation>inferior esquerdo</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="309"/>
        <source>bottom-right</source>
        <translation>inferior direito</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="371"/>
        <source>Cobb %1° (%2-%3)</source>
        <translation>Cobb %1° (%2-%3)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="375"/>
        <source>%1°  %2°  %3</source>
        <translation>%1°  %2°  %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="378"/>
        <source>S-shaped</source>
        <translation>em S</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="378"/>
        <source>C-shaped</source>
        <translation>em C</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="379"/>
        <source>ALS %1</source>
        <translation>ALS %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="381"/>
        <source>undecided (%1)</source>
        <translation>indeciso (%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="386"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="422"/>
        <source>Wrote %1: %n measurement group(s)</source>
        <translation>
            <numerusform>Gravado %1: %n grupo de medição</numerusform>
            <numerusform>Gravado %1: %n grupos de medição</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="425"/>
        <source>; not exported: %1</source>
        <translation>; não exportado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="427"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (e mais %n)</numerusform>
            <numerusform> (e mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="432"/>
        <source>The measurements could not be exported as DICOM SR: %1</source>
        <translation>As medições não puderam ser exportadas como DICOM SR: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/measure_tool.cpp" line="472"/>
        <source>Imported %n measurement(s) from %1</source>
        <translation>
            <numerusform>Importada %n medição de %1</numerusform>
            <numerusform>Importadas %n medições de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="475"/>
        <source>; skipped: %1</source>
        <translation>; ignorado: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="478"/>
        <source>The report %1 could not be imported: %2</source>
        <translation>O relatório %1 não pôde ser importado: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="512"/>
        <source>Cobb %1</source>
        <translation>Cobb %1</translation>
    </message>
</context>
<context>
    <name>PacsDialog</name>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="42"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="91"/>
        <source>PACS node</source>
        <translation>Nó PACS</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="53"/>
        <source>none (C-GET only)</source>
        <translation>nenhuma (só C-GET)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="65"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="66"/>
        <source>AE title</source>
        <translation>Título AE</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="67"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="68"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="69"/>
        <source>Osteon&apos;s AE title</source>
        <translation>Título AE do Osteon</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="70"/>
        <source>C-MOVE port (local)</source>
        <translation>Porta C-MOVE (local)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="71"/>
        <source>Connection timeout</source>
        <translation>Tempo limite de conexão</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="72"/>
        <source>Message timeout</source>
        <translation>Tempo limite de mensagem</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="104"/>
        <source>Query PACS</source>
        <translation>Consultar PACS</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="108"/>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="112"/>
        <source>Add...</source>
        <translation>Adicionar...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="113"/>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="114"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="115"/>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="116"/>
        <source>C-ECHO: checks that the node answers and accepts Osteon&apos;s AE title</source>
        <translation>C-ECHO: verifica se o nó responde e aceita o título AE do Osteon</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="122"/>
        <source>Search studies</source>
        <translation>Buscar estudos</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="125"/>
        <source>e.g. SMITH* (wildcards * and ?)</source>
        <translation>ex.: SILVA* (curingas * e ?)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="131"/>
        <source>YYYYMMDD</source>
        <translation>AAAAMMDD</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="138"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="140"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="157"/>
        <source>Patient name</source>
        <translation>Nome do paciente</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="142"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="157"/>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="144"/>
        <source>Study date from</source>
        <translation>Data do estudo de</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="147"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="151"/>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="157"/>
        <source>Study date</source>
        <translation>Data do estudo</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="158"/>
        <source>Modalities</source>
        <translation>Modalidades</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="158"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="158"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="159"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="169"/>
        <source>C-GET (no incoming port)</source>
        <translation>C-GET (sem porta de entrada)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="170"/>
        <source>C-MOVE (to the node&apos;s move port)</source>
        <translation>C-MOVE (para a porta de move do nó)</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="173"/>
        <source>Folder...</source>
        <translation>Pasta...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="174"/>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="478"/>
        <source>Retrieve</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="175"/>
        <source>Retrieve with</source>
        <translation>Recuperar com</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="177"/>
        <source>into</source>
        <translation>em</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="207"/>
        <source>Folder for retrieved studies</source>
        <translation>Pasta para os estudos recuperados</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="216"/>
        <source>No PACS node yet: add one (AE title, host, port) with Add...</source>
        <translation>Nenhum nó PACS ainda: adicione um (título AE, host, porta) com Adicionar...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="371"/>
        <source>Add a PACS node first.</source>
        <translation>Adicione um nó PACS primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="381"/>
        <source>Echo %1...</source>
        <translation>Echo %1...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="388"/>
        <source>%1 answered the echo in %2 ms.</source>
        <translation>%1 respondeu ao echo em %2 ms.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="414"/>
        <source>Searching %1...</source>
        <translation>Buscando em %1...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="449"/>
        <source>No study matches.</source>
        <translation>Nenhum estudo corresponde.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="449"/>
        <source>Studies found: %1</source>
        <translation>Estudos encontrados: %1</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="464"/>
        <source>Search, then choose a study to retrieve.</source>
        <translation>Busque e escolha um estudo para recuperar.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="469"/>
        <source>C-MOVE needs the node&apos;s move port (Edit...); or retrieve with C-GET.</source>
        <translation>O C-MOVE precisa da porta de move do nó (Editar...); ou recupere com C-GET.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="475"/>
        <source>Retrieving %1 (%2)...</source>
        <translation>Recuperando %1 (%2)...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="476"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="485"/>
        <source>Retrieving with %1...</source>
        <translation>Recuperando com %1...</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="520"/>
        <source>Retrieving: %1</source>
        <translation>Recuperando: %1</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="501"/>
        <source>%1 sent no images for this study.</source>
        <translation>%1 não enviou imagens para este estudo.</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="502"/>
        <source>Retrieved %1 images in %2 s (%3 failed).</source>
        <translation>%1 imagens recuperadas em %2 s (%3 falharam).</translation>
    </message>
    <message>
        <location filename="../ui/pacs/pacs_dialog.cpp" line="511"/>
        <source>Retrieve cancelled; the images received so far are kept in %1.</source>
        <translation>Recuperação cancelada; as imagens recebidas até agora ficam em %1.</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="82"/>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="229"/>
        <source>No result yet</source>
        <translation>Ainda sem resultado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="18"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="20"/>
        <source> [stack %1]</source>
        <translation> [pilha %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="73"/>
        <source>Reading headers</source>
        <translation>Lendo cabeçalhos</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="91"/>
        <source>Loading %1</source>
        <translation>Carregando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="126"/>
        <source>%1: no images found</source>
        <translation>%1: nenhuma imagem encontrada</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="131"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../ui/shell/shortcuts_dialog.cpp" line="17"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>StudyBrowser</name>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="12"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="37"/>
        <source>(no patient)</source>
        <translation>(sem paciente)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="44"/>
        <source>(no study description)</source>
        <translation>(sem descrição do estudo)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_browser.cpp" line="52"/>
        <source>%1 x %2 x %3, %4</source>
        <translation>%1 x %2 x %3, %4</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="62"/>
        <source>train loss</source>
        <translation>perda de treino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="62"/>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="63"/>
        <source>train accuracy</source>
        <translation>acurácia de treino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="63"/>
        <source>validation accuracy</source>
        <translation>acurácia de validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="63"/>
        <source>validation macro-F1</source>
        <translation>macro-F1 de validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="183"/>
        <source>fold %1: %2</source>
        <translation>partição %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="216"/>
        <source>fold %1</source>
        <translation>partição %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="226"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="226"/>
        <source>Accuracy and macro-F1</source>
        <translation>Acurácia e macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="51"/>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="51"/>
        <source>accuracy / F1</source>
        <translation>acurácia / F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="198"/>
        <source>best (epoch @xPoint)</source>
        <translation>melhor (época @xPoint)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="229"/>
        <source>solid</source>
        <translation>contínua</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="229"/>
        <source>dashed</source>
        <translation>tracejada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="229"/>
        <source>dotted</source>
        <translation>pontilhada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="232"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="293"/>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <location filename="../ui/training/training_curves.cpp" line="293"/>
        <source>epoch (no epochs yet)</source>
        <translation>época (ainda sem épocas)</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../ui/training/training_form.cpp" line="149"/>
        <source>Range %1 (%2)</source>
        <translation>Intervalo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="187"/>
        <source>Folder per class</source>
        <translation>Pasta por classe</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="188"/>
        <source>CSV of image + label</source>
        <translation>CSV de imagem + rótulo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="189"/>
        <source>RSNA 2024 folder</source>
        <translation>Pasta RSNA 2024</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="190"/>
        <source>RSNA 2024 folder: lumbar level localiser</source>
        <translation>Pasta RSNA 2024: localizador de níveis lombares</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="192"/>
        <source>Folder per class: root/&lt;class&gt;/&lt;image&gt;. CSV: a column of image paths and a label column. RSNA 2024: train_images and the competition CSV files (crops around every labelled coordinate are trained as 3 classes).</source>
        <translation>Pasta por classe: raiz/&lt;classe&gt;/&lt;imagem&gt;. CSV: uma coluna de caminhos de imagem e uma coluna de rótulo. RSNA 2024: train_images e os arquivos CSV da competição (recortes em torno de cada coordenada rotulada são treinados como 3 classes).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="195"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="199"/>
        <location filename="../ui/training/training_form.cpp" line="209"/>
        <location filename="../ui/training/training_form.cpp" line="399"/>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="202"/>
        <source>Path</source>
        <translation>Caminho</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="208"/>
        <source>the CSV&apos;s folder</source>
        <translation>a pasta do CSV</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="212"/>
        <source>Images folder</source>
        <translation>Pasta de imagens</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="216"/>
        <source>label, class, als_type or diagnosis</source>
        <translation>label, class, als_type ou diagnosis</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="217"/>
        <source>The CSV column with the class of each image</source>
        <translation>A coluna do CSV com a classe de cada imagem</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="218"/>
        <source>Label column</source>
        <translation>Coluna de rótulo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="220"/>
        <source>Check dataset</source>
        <translation>Verificar conjunto</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="222"/>
        <source>Read every image and label and list what cannot be used</source>
        <translation>Ler cada imagem e rótulo e listar o que não pode ser usado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="229"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="236"/>
        <source>Scoliosis (ALS type)</source>
        <translation>Escoliose (tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="237"/>
        <source>Lumbar degeneration (RSNA)</source>
        <translation>Degeneração lombar (RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="238"/>
        <source>Osteoporosis</source>
        <translation>Osteoporose</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="239"/>
        <source>Classification (any classes)</source>
        <translation>Classificação (quaisquer classes)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="241"/>
        <source>Choosing a task fills the form with its recommended settings; the task is stored in the model so that the AI panel can use it</source>
        <translation>Escolher uma tarefa preenche o formulário com as configurações recomendadas; a tarefa é gravada no modelo para que o painel de IA possa usá-lo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="243"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="251"/>
        <source>+seed000head: the network&apos;s features through seed 000&apos;s dense head</source>
        <translation>+seed000head: as características da rede passam pela cabeça densa do seed 000</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="252"/>
        <source>Architecture</source>
        <translation>Arquitetura</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="256"/>
        <source>square</source>
        <translation>quadrada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="261"/>
        <source>Input (w × h)</source>
        <translation>Entrada (l × a)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="268"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="270"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="271"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="281"/>
        <source>Optimiser</source>
        <translation>Otimizador</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="284"/>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="286"/>
        <source>Weight decay</source>
        <translation>Decaimento de pesos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="288"/>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="290"/>
        <location filename="../ui/training/training_form.cpp" line="317"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="291"/>
        <source>reduce on plateau</source>
        <translation>reduzir no platô</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="292"/>
        <source>cosine</source>
        <translation>cosseno</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="293"/>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="298"/>
        <source>patience</source>
        <translation>paciência</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="300"/>
        <source>Plateau factor</source>
        <translation>Fator do platô</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="302"/>
        <source>Minimum rate</source>
        <translation>Taxa mínima</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="303"/>
        <location filename="../ui/training/training_form.cpp" line="380"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="304"/>
        <source>Early stopping</source>
        <translation>Parada antecipada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="306"/>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="307"/>
        <source>validation accuracy</source>
        <translation>acurácia de validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="308"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="309"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="310"/>
        <source>Picks the best epoch (the checkpoint kept) and drives the schedule</source>
        <translation>Escolhe a melhor época (o checkpoint mantido) e conduz a agenda</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="311"/>
        <source>Monitor</source>
        <translation>Monitorar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="312"/>
        <source>Optimisation</source>
        <translation>Otimização</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="318"/>
        <source>Frozen epochs</source>
        <translation>Épocas congeladas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="319"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="320"/>
        <source>Unfreeze blocks</source>
        <translation>Descongelar blocos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="322"/>
        <source>Fine-tune factor</source>
        <translation>Fator de ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="323"/>
        <source>Fine-tuning</source>
        <translation>Ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="329"/>
        <source>cross-entropy</source>
        <translation>entropia cruzada</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="330"/>
        <source>focal</source>
        <translation>focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="331"/>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="333"/>
        <source>1 for every class</source>
        <translation>1 para cada classe</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="334"/>
        <source>Focal loss weight per class, comma separated (e.g. 0.2, 0.5, 0.7)</source>
        <translation>Peso da perda focal por classe, separado por vírgulas (ex.: 0.2, 0.5, 0.7)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="335"/>
        <source>Focal alpha</source>
        <translation>Alfa focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="337"/>
        <source>Focal gamma</source>
        <translation>Gama focal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="338"/>
        <source>Class weights (inverse frequency)</source>
        <translation>Pesos de classe (frequência inversa)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="340"/>
        <source>Oversample rare classes</source>
        <translation>Sobreamostrar classes raras</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="342"/>
        <source>Imbalance</source>
        <translation>Desbalanceamento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="349"/>
        <source>Validation share</source>
        <translation>Fração de validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="350"/>
        <source>no K-fold</source>
        <translation>sem K-fold</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="352"/>
        <source>Folds</source>
        <translation>Partições</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="354"/>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="355"/>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="360"/>
        <source>Augment training images</source>
        <translation>Aumentar as imagens de treino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="364"/>
        <source>Rotation ±</source>
        <translation>Rotação ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="366"/>
        <source>Shift ±</source>
        <translation>Deslocamento ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="368"/>
        <source>Zoom ±</source>
        <translation>Zoom ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="370"/>
        <source>Brightness ±</source>
        <translation>Brilho ±</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="372"/>
        <source>horizontal</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="373"/>
        <source>vertical</source>
        <translation>vertical</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="377"/>
        <source>Flips</source>
        <translation>Espelhamentos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="385"/>
        <source>Elastic α</source>
        <translation>Elástica α</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="386"/>
        <source>Preview augmentation</source>
        <translation>Prévia do aumento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="388"/>
        <source>Random augmentations of the dataset&apos;s first image (check it first)</source>
        <translation>Aumentos aleatórios da primeira imagem do conjunto (verifique-o antes)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="390"/>
        <source>Augmentation</source>
        <translation>Aumento de dados</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="398"/>
        <source>The model package; the report goes into &lt;name&gt;-report next to it</source>
        <translation>O pacote do modelo; o relatório vai para &lt;nome&gt;-report ao lado dele</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="402"/>
        <location filename="../ui/training/training_form.cpp" line="429"/>
        <source>Model file</source>
        <translation>Arquivo do modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="404"/>
        <source>Save config...</source>
        <translation>Salvar configuração...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="405"/>
        <source>Load config...</source>
        <translation>Carregar configuração...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="410"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="416"/>
        <source>Choose the labels CSV</source>
        <translation>Escolher o CSV de rótulos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="417"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="419"/>
        <source>Choose the dataset folder</source>
        <translation>Escolher a pasta do conjunto de dados</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="425"/>
        <source>Choose the images folder</source>
        <translation>Escolher a pasta de imagens</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="430"/>
        <source>Osteon models (*.osteon)</source>
        <translation>Modelos do Osteon (*.osteon)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="627"/>
        <source>labels CSV (image path + label)</source>
        <translation>CSV de rótulos (caminho da imagem + rótulo)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="627"/>
        <source>dataset folder</source>
        <translation>pasta do conjunto de dados</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="642"/>
        <source>learning rate</source>
        <translation>taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="643"/>
        <source>weight decay</source>
        <translation>decaimento de pesos</translation>
    </message>
    <message>
        <location filename="../ui/training/training_form.cpp" line="644"/>
        <source>minimum rate</source>
        <translation>taxa mínima</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="70"/>
        <location filename="../ui/training/training_panel.cpp" line="336"/>
        <location filename="../ui/training/training_panel.cpp" line="370"/>
        <location filename="../ui/training/training_panel.cpp" line="408"/>
        <source>Training is not in this build: Osteon was built without LibTorch.</source>
        <translation>O treinamento não está nesta compilação: o Osteon foi compilado sem LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="104"/>
        <source>Start training</source>
        <translation>Iniciar treinamento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="106"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="108"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="110"/>
        <source>Continue after the last finished epoch of the interrupted training</source>
        <translation>Continuar após a última época concluída do treinamento interrompido</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="115"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="117"/>
        <source>Load the trained model in the AI panel</source>
        <translation>Carregar o modelo treinado no painel de IA</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="142"/>
        <source>Save the training configuration</source>
        <translation>Salvar a configuração de treinamento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="143"/>
        <location filename="../ui/training/training_panel.cpp" line="150"/>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="149"/>
        <source>Load a training configuration</source>
        <translation>Carregar uma configuração de treinamento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="180"/>
        <source>Configuration saved to %1</source>
        <translation>Configuração salva em %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="184"/>
        <source>The configuration could not be saved: %1</source>
        <translation>Não foi possível salvar a configuração: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="194"/>
        <source>Configuration loaded from %1</source>
        <translation>Configuração carregada de %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="198"/>
        <source>The configuration could not be loaded: %1</source>
        <translation>Não foi possível carregar a configuração: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="211"/>
        <source>The dataset changed since the check: check it again.</source>
        <translation>O conjunto de dados mudou desde a verificação: verifique-o novamente.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="213"/>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="275"/>
        <source>Train with these settings</source>
        <translation>Treinar com estas configurações</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="275"/>
        <source>Check the dataset first</source>
        <translation>Verifique o conjunto de dados antes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="322"/>
        <location filename="../ui/training/training_panel.cpp" line="323"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="347"/>
        <source>Choose the dataset first (a folder or a CSV file).</source>
        <translation>Escolha antes o conjunto de dados (uma pasta ou um arquivo CSV).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="352"/>
        <location filename="../ui/training/training_panel.cpp" line="378"/>
        <source>The settings cannot be used: %1</source>
        <translation>As configurações não podem ser usadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="356"/>
        <source>Checking the dataset...</source>
        <translation>Verificando o conjunto de dados...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="357"/>
        <source>Checking %1</source>
        <translation>Verificando %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="371"/>
        <source>Training is already running.</source>
        <translation>O treinamento já está em execução.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="373"/>
        <location filename="../ui/training/training_panel.cpp" line="410"/>
        <source>Check the dataset first.</source>
        <translation>Verifique o conjunto de dados antes.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="375"/>
        <source>Not a number: %1</source>
        <translation>Não é um número: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="380"/>
        <source>Nothing to resume: no checkpoint in %1</source>
        <translation>Nada para retomar: nenhum checkpoint em %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="390"/>
        <source>Resuming the training from %1</source>
        <translation>Retomando o treinamento de %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="391"/>
        <source>Training %1 on %2 images of %3 classes</source>
        <translation>Treinando %1 com %2 imagens de %3 classes</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="395"/>
        <source>Resuming...</source>
        <translation>Retomando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="395"/>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="409"/>
        <source>Wait for the running job to finish.</source>
        <translation>Aguarde o término da tarefa em execução.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="415"/>
        <source>Rendering the augmentation preview...</source>
        <translation>Gerando a prévia do aumento...</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="423"/>
        <source>There is no trained model yet.</source>
        <translation>Ainda não há modelo treinado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="445"/>
        <source>Checking the dataset was cancelled.</source>
        <translation>A verificação do conjunto de dados foi cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="446"/>
        <source>The dataset cannot be used: %1</source>
        <translation>O conjunto de dados não pode ser usado: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="451"/>
        <source>Not usable: see the message above.</source>
        <translation>Não utilizável: veja a mensagem acima.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="466"/>
        <source>The report could not be written: %1</source>
        <translation>Não foi possível gravar o relatório: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="469"/>
        <source>Training was cancelled.</source>
        <translation>O treinamento foi cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="470"/>
        <source>Training failed: %1</source>
        <translation>O treinamento falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="481"/>
        <source>Augmentation preview of %1: the first image as the network sees it, then random augmentations</source>
        <translation>Prévia do aumento de %1: a primeira imagem como a rede a vê, depois aumentos aleatórios</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="490"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="491"/>
        <source>The preview could not be rendered: %1</source>
        <translation>Não foi possível gerar a prévia: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_panel.cpp" line="506"/>
        <source>Fold %1, epoch %2 of %3: validation accuracy %4</source>
        <translation>Partição %1, época %2 de %3: acurácia de validação %4</translation>
    </message>
</context>
<context>
    <name>TrainingResults</name>
    <message>
        <location filename="../ui/training/training_results.cpp" line="103"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="103"/>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="114"/>
        <source>Check the dataset to see its classes and problems.</source>
        <translation>Verifique o conjunto de dados para ver suas classes e problemas.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="119"/>
        <source>Files and rows that cannot be used, with the reason</source>
        <translation>Arquivos e linhas que não podem ser usados, com o motivo</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="122"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Fold</source>
        <translation>Partição</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="126"/>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="127"/>
        <source>Train loss</source>
        <translation>Perda de treino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="127"/>
        <source>Train acc.</source>
        <translation>Acur. treino</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="127"/>
        <source>Val. loss</source>
        <translation>Perda val.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>Val. acc.</source>
        <translation>Acur. val.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="128"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="129"/>
        <source>img/s</source>
        <translation>img/s</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="129"/>
        <source>Data wait</source>
        <translation>Espera de dados</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="129"/>
        <source>Best</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="135"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="140"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="147"/>
        <source>Preview augmentation (in the Augmentation section) shows random augmentations of the first image here.</source>
        <translation>Prévia do aumento (na seção Aumento de dados) mostra aqui aumentos aleatórios da primeira imagem.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="151"/>
        <source>Augmentation preview</source>
        <translation>Prévia do aumento</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="172"/>
        <source>%1 dataset: %2 readable images in %3 classes, %4 problem(s).</source>
        <translation>Conjunto %1: %2 imagens legíveis em %3 classes, %4 problema(s).</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="178"/>
        <source>Several label columns: training takes one (name it in Label column).</source>
        <translation>Várias colunas de rótulo: o treinamento usa uma (indique-a em Coluna de rótulo).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_results.cpp" line="184"/>
        <source>%n class(es), %1 images, %2 problem(s)</source>
        <translation>
            <numerusform>%n classe, %1 imagens, %2 problema(s)</numerusform>
            <numerusform>%n classes, %1 imagens, %2 problema(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="265"/>
        <source>fold %1, epoch %2</source>
        <translation>partição %1, época %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="265"/>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="290"/>
        <source>fold %1, best epoch %2</source>
        <translation>partição %1, melhor época %2</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="291"/>
        <source>best epoch %1</source>
        <translation>melhor época %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/training_results.cpp" line="301"/>
        <source>Cancelled after %n finished epoch(s); Resume continues from there.</source>
        <translation>
            <numerusform>Cancelado após %n época concluída; Retomar continua dali.</numerusform>
            <numerusform>Cancelado após %n épocas concluídas; Retomar continua dali.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="303"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="305"/>
        <source>Finished in %1 s.</source>
        <translation>Concluído em %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="310"/>
        <source>Accuracy %1, macro-F1 %2, ROC AUC %3</source>
        <translation>Acurácia %1, macro-F1 %2, ROC AUC %3</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="315"/>
        <source>(mean ± sd over %1 folds)</source>
        <translation>(média ± dp em %1 partições)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="317"/>
        <source>(validation, best epoch)</source>
        <translation>(validação, melhor época)</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="320"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="321"/>
        <source>Report folder: %1</source>
        <translation>Pasta do relatório: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/training_results.cpp" line="326"/>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="25"/>
        <source>Osteon radiology viewer</source>
        <translation>Visualizador radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Arquivos ou pastas DICOM, DICOMDIR ou imagens para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Layout das vistas: 1x1, 1x3 ou 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma da interface: en, pt_BR ou es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Salvar uma captura da janela quando o estudo aparecer e sair</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar o tempo do início até a primeira imagem e sair</translation>
    </message>
</context>
<context>
    <name>osteon::train::TrainSetting</name>
    <message>
        <location filename="../core/train/train_settings.cpp" line="134"/>
        <source>Width of the network input in pixels</source>
        <translation>Largura da entrada da rede em pixels</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="137"/>
        <source>Height of the network input in pixels, 0 = square</source>
        <translation>Altura da entrada da rede em pixels, 0 = quadrada</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="142"/>
        <source>Background removal radius in pixels (seed 003), 0 = off</source>
        <translation>Raio da remoção de fundo em pixels (projeto de referência 003), 0 = desligado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="148"/>
        <source>Passes over the training images</source>
        <translation>Passagens pelas imagens de treino</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="152"/>
        <source>Images per optimisation step</source>
        <translation>Imagens por passo de otimização</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="157"/>
        <source>Step size of the optimiser</source>
        <translation>Tamanho do passo do otimizador</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="161"/>
        <source>L2 penalty on the weights (decoupled for AdamW)</source>
        <translation>Penalidade L2 nos pesos (desacoplada no AdamW)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="166"/>
        <source>SGD only</source>
        <translation>Somente SGD</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="171"/>
        <source>Reduce on plateau: the rate is multiplied by this when the monitored value stops improving</source>
        <translation>Redução no platô: a taxa é multiplicada por este valor quando o valor monitorado deixa de melhorar</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="178"/>
        <source>Reduce on plateau: epochs without improvement before the rate is reduced</source>
        <translation>Redução no platô: épocas sem melhora antes de reduzir a taxa</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="184"/>
        <source>The schedule never lowers the rate below this</source>
        <translation>O agendamento nunca reduz a taxa abaixo deste valor</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="190"/>
        <source>Stop after this many epochs without improvement of the monitored value, 0 = off</source>
        <translation>Parar após este número de épocas sem melhora do valor monitorado, 0 = desligado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="197"/>
        <source>Epochs with only the classifier head trainable</source>
        <translation>Épocas em que só a cabeça classificadora é treinável</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="203"/>
        <source>Blocks trained after the frozen epochs, counted from the top, 0 = all</source>
        <translation>Blocos treinados após as épocas congeladas, contados do topo, 0 = todos</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="209"/>
        <source>Learning rate factor after the frozen epochs</source>
        <translation>Fator da taxa de aprendizado após as épocas congeladas</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="215"/>
        <source>Allow frozen epochs on a randomly initialised backbone (tests, experiments)</source>
        <translation>Permitir épocas congeladas num backbone inicializado aleatoriamente (testes, experimentos)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="220"/>
        <source>Focal loss focusing exponent, 0 = cross-entropy</source>
        <translation>Expoente de foco da perda focal, 0 = entropia cruzada</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="225"/>
        <source>Weight the loss by inverse class frequency</source>
        <translation>Ponderar a perda pelo inverso da frequência da classe</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="228"/>
        <source>Draw training images so that classes are balanced</source>
        <translation>Sortear imagens de treino para equilibrar as classes</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="233"/>
        <source>Share of every class held out for validation (without K-fold)</source>
        <translation>Fração de cada classe reservada para validação (sem K-fold)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="239"/>
        <source>Stratified K-fold cross-validation, 1 = a single split</source>
        <translation>Validação cruzada K-fold estratificada, 1 = uma única divisão</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="243"/>
        <source>Seed of the split, the initialisation and the augmentation</source>
        <translation>Semente da divisão, da inicialização e do aumento de dados</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="248"/>
        <source>Image decoding threads, 0 = the machine&apos;s cores</source>
        <translation>Threads de decodificação de imagens, 0 = os núcleos da máquina</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="252"/>
        <source>Bound of the decoded-image cache in megabytes</source>
        <translation>Limite do cache de imagens decodificadas em megabytes</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="258"/>
        <source>Augment training images (never validation images)</source>
        <translation>Aumentar as imagens de treino (nunca as de validação)</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="262"/>
        <source>Random rotation in degrees, either way</source>
        <translation>Rotação aleatória em graus, para qualquer lado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="266"/>
        <source>Random shift as a fraction of the width and height</source>
        <translation>Deslocamento aleatório como fração da largura e da altura</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="270"/>
        <source>Random scale drawn from 1 - zoom to 1 + zoom</source>
        <translation>Escala aleatória sorteada entre 1 - zoom e 1 + zoom</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="275"/>
        <source>Mirror left-right at random</source>
        <translation>Espelhar esquerda-direita aleatoriamente</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="278"/>
        <source>Mirror top-bottom at random</source>
        <translation>Espelhar cima-baixo aleatoriamente</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="280"/>
        <source>Intensity factor drawn from 1 - b to 1 + b</source>
        <translation>Fator de intensidade sorteado entre 1 - b e 1 + b</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="285"/>
        <source>Elastic deformation strength in pixels (seed 001: 50), 0 = off</source>
        <translation>Intensidade da deformação elástica em pixels (projeto de referência 001: 50), 0 = desligado</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="291"/>
        <source>Smoothness of the elastic displacement field in pixels</source>
        <translation>Suavidade do campo de deslocamento elástico em pixels</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="297"/>
        <source>Label the model &apos;demo: trained on synthetic phantoms&apos;</source>
        <translation>Rotular o modelo 'demo: treinado em phantoms sintéticos'</translation>
    </message>
    <message>
        <location filename="../core/train/train_settings.cpp" line="300"/>
        <source>Continue an interrupted training from the report folder&apos;s checkpoint</source>
        <translation>Continuar um treino interrompido a partir do checkpoint da pasta de relatório</translation>
    </message>
</context>
<context>
    <name>osteon::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="35"/>
        <source>demo: trained on synthetic phantoms, not for clinical use</source>
        <translation>demo: treinado em fantomas sintéticos, não é para uso clínico</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="41"/>
        <source>Class activation map</source>
        <translation>Mapa de ativação de classe</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="45"/>
        <source>Show the heatmap on the image</source>
        <translation>Mostrar o mapa de calor na imagem</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="53"/>
        <source>Score-CAM (slow)</source>
        <translation>Score-CAM (lento)</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="56"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="58"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="61"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="63"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="67"/>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="69"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="70"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="71"/>
        <source>Hot</source>
        <translation>Quente</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="72"/>
        <source>Grey</source>
        <translation>Cinza</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="76"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="80"/>
        <source>Compare with class</source>
        <translation>Comparar com a classe</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="98"/>
        <source>Export overlay...</source>
        <translation>Exportar sobreposição...</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="101"/>
        <source>Export heatmap as DICOM Parametric Map...</source>
        <translation>Exportar mapa de calor como mapa paramétrico DICOM...</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="104"/>
        <source>The map as float values with their meaning, referencing the explained image: PACS viewers (Weasis, OHIF, 3D Slicer) and Osteon (File &gt; Open) show it as an overlay</source>
        <translation>O mapa como valores reais com seu significado, referenciando a imagem explicada: visualizadores PACS (Weasis, OHIF, 3D Slicer) e o Osteon (Arquivo &gt; Abrir) o mostram como sobreposição</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_controls.cpp" line="267"/>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="52"/>
        <source>AI heatmap</source>
        <translation>Mapa de calor da IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="160"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>Não foi possível calcular o mapa de ativação de classe: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="163"/>
        <source>the task returned no heatmap</source>
        <translation>a tarefa não devolveu mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="197"/>
        <source>%1, slice %2</source>
        <translation>%1, corte %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="201"/>
        <source>%1 of class %2 at layer %3: %4 ms</source>
        <translation>%1 da classe %2 na camada %3: %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="208"/>
        <source>The map is empty: no region of the image supports this class.</source>
        <translation>O mapa está vazio: nenhuma região da imagem sustenta esta classe.</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="239"/>
        <source>%1: empty map</source>
        <translation>%1: mapa vazio</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="250"/>
        <location filename="../ui/ai/cam_view.cpp" line="303"/>
        <source>Nothing to export: show a class activation map first.</source>
        <translation>Nada para exportar: mostre primeiro um mapa de ativação de classe.</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="259"/>
        <location filename="../ui/ai/cam_view.cpp" line="308"/>
        <source>Nothing to export: the explained image is gone.</source>
        <translation>Nada para exportar: a imagem explicada não está mais aberta.</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="290"/>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="293"/>
        <source>Overlay written to %1</source>
        <translation>Sobreposição gravada em %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="316"/>
        <source>The explained image is not a DICOM image: a Parametric Map references its source by DICOM UIDs (export the overlay as PNG instead).</source>
        <translation>A imagem explicada não é uma imagem DICOM: um mapa paramétrico referencia sua origem por UIDs DICOM (exporte a sobreposição como PNG).</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="321"/>
        <source>%1 of class %2 at layer %3</source>
        <translation>%1 da classe %2 na camada %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="330"/>
        <source>The Parametric Map could not be written: %1</source>
        <translation>O mapa paramétrico não pôde ser gravado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="378"/>
        <source>Parametric Map %1 on %2, slice %3</source>
        <translation>Mapa paramétrico %1 em %2, corte %3</translation>
    </message>
    <message>
        <location filename="../ui/ai/cam_view.cpp" line="388"/>
        <source>The Parametric Map %1 could not be shown: %2</source>
        <translation>O mapa paramétrico %1 não pôde ser mostrado: %2</translation>
    </message>
</context>
</TS>
