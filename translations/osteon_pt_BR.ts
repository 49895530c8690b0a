<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="117"/>
        <source>AI heatmap</source>
        <translation>Mapa de calor da IA</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="130"/>
        <source>The AI tasks could not be listed: %1</source>
        <translation>Não foi possível listar as tarefas de IA: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="136"/>
        <source>This build has no AI task plugins.</source>
        <translation>Esta compilação não tem plugins de tarefas de IA.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="138"/>
        <location filename="../ui/ai/ai_panel.cpp" line="585"/>
        <source>AI is not in this build: Osteon was built without LibTorch.</source>
        <translation>A IA não está nesta compilação: o Osteon foi compilado sem LibTorch.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="173"/>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="181"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="183"/>
        <source>Load model...</source>
        <translation>Carregar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="184"/>
        <source>A model package (.osteon) or a TorchScript file (.pt) for this task</source>
        <translation>Um pacote de modelo (.osteon) ou um arquivo TorchScript (.pt) para esta tarefa</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="185"/>
        <source>Bundled demo model</source>
        <translation>Modelo de demonstração incluído</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="192"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="194"/>
        <source>Run the model on the current image or study (Ctrl+R)</source>
        <translation>Executar o modelo na imagem ou no estudo atual (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="195"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="212"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="237"/>
        <source>Class activation map</source>
        <translation>Mapa de ativação de classe</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="239"/>
        <source>Show the heatmap on the image</source>
        <translation>Mostrar o mapa de calor na imagem</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="246"/>
        <source>Score-CAM (slow)</source>
        <translation>Score-CAM (lento)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="249"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="251"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="254"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="256"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="260"/>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Hot</source>
        <translation>Quente</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="262"/>
        <source>Grey</source>
        <translation>Cinza</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="266"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="269"/>
        <source>Compare with class</source>
        <translation>Comparar com a classe</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="287"/>
        <source>Export overlay...</source>
        <translation>Exportar sobreposição...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="348"/>
        <source>No AI task is selected.</source>
        <translation>Nenhuma tarefa de IA selecionada.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="348"/>
        <source>Unknown AI task %1</source>
        <translation>Tarefa de IA desconhecida %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="357"/>
        <source>Input: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="376"/>
        <source>Bundled demo model (%1)</source>
        <translation>Modelo de demonstração incluído (%1)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="386"/>
        <source>Load a model for %1</source>
        <translation>Carregar um modelo para %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="387"/>
        <source>Models (*.osteon *.pt *.pth *.ts);;All files (*)</source>
        <translation>Modelos (*.osteon *.pt *.pth *.ts);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="401"/>
        <source>The model is busy; cancel or wait before loading another.</source>
        <translation>O modelo está ocupado; cancele ou aguarde antes de carregar outro.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="418"/>
        <location filename="../ui/ai/ai_panel.cpp" line="600"/>
        <source>Loading the model...</source>
        <translation>Carregando o modelo...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="516"/>
        <source>Open an image or a study first.</source>
        <translation>Abra primeiro uma imagem ou um estudo.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="586"/>
        <source>The model is already running.</source>
        <translation>O modelo já está em execução.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="600"/>
        <source>Running %p%</source>
        <translation>Executando %p%</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="620"/>
        <source>%1: running...</source>
        <translation>%1: executando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="627"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="659"/>
        <source>Model loaded: %1</source>
        <translation>Modelo carregado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="660"/>
        <location filename="../ui/ai/ai_panel.cpp" line="767"/>
        <source>bundled demo model</source>
        <translation>modelo de demonstração incluído</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="665"/>
        <source>Loading the model was cancelled.</source>
        <translation>O carregamento do modelo foi cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="666"/>
        <location filename="../ui/ai/ai_panel.cpp" line="680"/>
        <source>The model could not be loaded: %1</source>
        <translation>Não foi possível carregar o modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="674"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="681"/>
        <source>The model could not run: %1</source>
        <translation>Não foi possível executar o modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="696"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="758"/>
        <source>Not measured: %1</source>
        <translation>Não medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="768"/>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="805"/>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="917"/>
        <source>Computing the %1 map of class %2...</source>
        <translation>Calculando o mapa %1 da classe %2...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="936"/>
        <source>Class activation map...</source>
        <translation>Mapa de ativação de classe...</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="948"/>
        <location filename="../ui/ai/ai_panel.cpp" line="990"/>
        <source>The class activation map could not be computed: %1</source>
        <translation>Não foi possível calcular o mapa de ativação de classe: %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="991"/>
        <source>the task returned no heatmap</source>
        <translation>a tarefa não devolveu mapa de calor</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1032"/>
        <source>%1, slice %2</source>
        <translation>%1, corte %2</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1036"/>
        <source>%1 of class %2 at layer %3: %4 ms</source>
        <translation>%1 da classe %2 na camada %3: %4 ms</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1043"/>
        <source>The map is empty: no region of the image supports this class.</source>
        <translation>O mapa está vazio: nenhuma região da imagem sustenta esta classe.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1071"/>
        <source>%1: empty map</source>
        <translation>%1: mapa vazio</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1095"/>
        <source>Nothing to export: show a class activation map first.</source>
        <translation>Nada para exportar: mostre primeiro um mapa de ativação de classe.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1102"/>
        <source>Nothing to export: the explained image is gone.</source>
        <translation>Nada para exportar: a imagem explicada não está mais aberta.</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1130"/>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1131"/>
        <source>Overlay written to %1</source>
        <translation>Sobreposição gravada em %1</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1136"/>
        <source>Export the overlay</source>
        <translation>Exportar a sobreposição</translation>
    </message>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="1137"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
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
        <location filename="../ui/viewer/image_view.cpp" line="287"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="291"/>
        <source>W %1 L %2
Zoom %3%</source>
        <translation>J %1 N %2
Zoom %3%</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="305"/>
        <source>Open a study (Ctrl+O) or drop files here</source>
        <translation>Abra um estudo (Ctrl+O) ou solte arquivos aqui</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="374"/>
        <source>RGB %1 %2 %3</source>
        <translation>RGB %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="379"/>
        <source>stored %1, value %2</source>
        <translation>armazenado %1, valor %2</translation>
    </message>
    <message>
        <location filename="../ui/viewer/image_view.cpp" line="382"/>
        <source>(%1, %2) %3 | LPS (%4, %5, %6) mm</source>
        <translation>(%1, %2) %3 | LPS (%4, %5, %6) mm</translation>
    </message>
</context>
<context>
    <name>LabellingPanel</name>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="36"/>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="39"/>
        <source>Open an RSNA dataset folder (File &gt; Open RSNA dataset) to label it.</source>
        <translation>Abra uma pasta de conjunto de dados RSNA (Arquivo &gt; Abrir conjunto RSNA) para rotulá-la.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="66"/>
        <source>Points placed and grades given: a dot is a point, N/M/S the grade</source>
        <translation>Pontos colocados e graus dados: um ponto é um ponto marcado, N/M/S o grau</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="84"/>
        <source>Notes for this study (Enter to keep)</source>
        <translation>Notas deste estudo (Enter para manter)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="123"/>
        <source>%1 has no train_images/&lt;study&gt; folders</source>
        <translation>%1 não tem pastas train_images/&lt;estudo&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotate/labelling_panel.cpp" line="176"/>
        <source>Restored %n unsaved edit(s) of study %1</source>
        <translation>
            <numerusform>Restaurada %n edição não salva do estudo %1</numerusform>
            <numerusform>Restauradas %n edições não salvas do estudo %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="256"/>
        <source>Next missing: %1 %2</source>
        <translation>Próximo pendente: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="262"/>
        <source>Every point is placed and every level graded in this study.</source>
        <translation>Todos os pontos estão colocados e todos os níveis graduados neste estudo.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="276"/>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="285"/>
        <source>Redo: %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="298"/>
        <source>Saved train.csv and train_label_coordinates.csv in %1</source>
        <translation>train.csv e train_label_coordinates.csv salvos em %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="300"/>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="322"/>
        <source>Exported %1 de-identified DICOM file(s) and the CSV files to %2 (%3 problem(s))</source>
        <translation>Exportados %1 arquivo(s) DICOM anonimizados e os arquivos CSV para %2 (%3 problema(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="334"/>
        <source>No dataset open.</source>
        <translation>Nenhum conjunto de dados aberto.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="354"/>
        <source>Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: %7 %8</source>
        <translation>Estudo %1 de %2 (%3): %4/25 pontos, %5/25 graus. %6 de %2 estudos totalmente graduados. Agora: %7 %8</translation>
    </message>
    <message>
        <location filename="../ui/annotate/labelling_panel.cpp" line="372"/>
        <source>Place points on the acquired slices: switch this view to its acquisition plane.</source>
        <translation>Coloque os pontos nos cortes adquiridos: mude esta vista para o seu plano de aquisição.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="36"/>
        <source>Osteon</source>
        <translation>Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="42"/>
        <source>Studies</source>
        <translation>Estudos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="47"/>
        <source>Files that could not be loaded, with the reason</source>
        <translation>Arquivos que não puderam ser carregados, com o motivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="68"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não salvo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="69"/>
        <source>Study %1 has annotation work that was not saved when Osteon last closed. Restore it?</source>
        <translation>O estudo %1 tem anotações que não foram salvas quando o Osteon fechou pela última vez. Restaurá-las?</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="88"/>
        <source>Labelling</source>
        <translation>Rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="104"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="173"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="176"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="178"/>
        <source>&amp;Open file...</source>
        <translation>&amp;Abrir arquivo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="181"/>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="182"/>
        <source>Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;All files (*)</source>
        <translation>Imagens (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.nii *.nii.gz *.nrrd *.mha *);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="188"/>
        <source>Open &amp;folder...</source>
        <translation>Abrir &amp;pasta...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="188"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="191"/>
        <source>Open a folder of DICOM files</source>
        <translation>Abrir uma pasta de arquivos DICOM</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>Open &amp;DICOMDIR...</source>
        <translation>Abrir &amp;DICOMDIR...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="195"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="197"/>
        <source>Open a DICOMDIR</source>
        <translation>Abrir um DICOMDIR</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="198"/>
        <source>DICOMDIR (DICOMDIR dicomdir)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="201"/>
        <source>Open RSNA &amp;dataset for labelling...</source>
        <translation>Abrir &amp;conjunto RSNA para rotular...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="202"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="204"/>
        <source>Open an RSNA dataset folder (train_images + CSV files)</source>
        <translation>Abrir uma pasta de conjunto RSNA (train_images + arquivos CSV)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="207"/>
        <source>&amp;Save labels (RSNA CSV files)</source>
        <translation>&amp;Salvar rótulos (arquivos CSV RSNA)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="210"/>
        <source>Export &amp;de-identified dataset...</source>
        <translation>Exportar conjunto &amp;anonimizado...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="212"/>
        <source>Open an RSNA dataset for labelling first.</source>
        <translation>Abra primeiro um conjunto RSNA para rotulagem.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="216"/>
        <source>Folder for the de-identified dataset</source>
        <translation>Pasta para o conjunto anonimizado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>&amp;Export view as PNG...</source>
        <translation>&amp;Exportar vista como PNG...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="219"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="221"/>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="222"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="224"/>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="226"/>
        <source>&amp;Recent studies</source>
        <translation>Estudos &amp;recentes</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="231"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="234"/>
        <source>Layout 1x1</source>
        <translation>Layout 1x1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="234"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="237"/>
        <source>Layout 1x3</source>
        <translation>Layout 1x3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="237"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Layout 2x2</source>
        <translation>Layout 2x2</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="240"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="242"/>
        <source>Next view</source>
        <translation>Próxima vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="242"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="246"/>
        <source>Axial plane</source>
        <translation>Plano axial</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="246"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>Sagittal plane</source>
        <translation>Plano sagital</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="249"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="252"/>
        <source>Coronal plane</source>
        <translation>Plano coronal</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="252"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="255"/>
        <source>Next slice</source>
        <translation>Próximo corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="257"/>
        <source>Previous slice</source>
        <translation>Corte anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="259"/>
        <source>Ten slices forward</source>
        <translation>Dez cortes à frente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="261"/>
        <source>Ten slices back</source>
        <translation>Dez cortes atrás</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="263"/>
        <source>First slice</source>
        <translation>Primeiro corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="265"/>
        <source>Last slice</source>
        <translation>Último corte</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="267"/>
        <source>Cine play/stop</source>
        <translation>Cine reproduzir/parar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="275"/>
        <source>Fit to window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="275"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="276"/>
        <source>Actual pixels (1:1)</source>
        <translation>Pixels reais (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="276"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="278"/>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="280"/>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="282"/>
        <source>Rotate 90 degrees clockwise</source>
        <translation>Girar 90 graus no sentido horário</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="282"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="284"/>
        <source>Rotate 90 degrees counter-clockwise</source>
        <translation>Girar 90 graus no sentido anti-horário</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="285"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="286"/>
        <source>Flip horizontally</source>
        <translation>Espelhar horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="286"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>Flip vertically</source>
        <translation>Espelhar verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="288"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="291"/>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="291"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="293"/>
        <source>Smooth interpolation</source>
        <translation>Interpolação suave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="293"/>
        <source>Shift+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>Show corner text</source>
        <translation>Mostrar texto dos cantos</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="300"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="305"/>
        <source>Show overlays</source>
        <translation>Mostrar sobreposições</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="305"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="311"/>
        <source>Show labelling points</source>
        <translation>Mostrar pontos de rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="311"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="317"/>
        <source>Show measurements</source>
        <translation>Mostrar medidas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="317"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="323"/>
        <source>Link cursor between views</source>
        <translation>Vincular cursor entre as vistas</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="323"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="326"/>
        <source>Linked cursor on</source>
        <translation>Cursor vinculado ativado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="326"/>
        <source>Linked cursor off</source>
        <translation>Cursor vinculado desativado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>Reset view</source>
        <translation>Restaurar vista</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="328"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="333"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="341"/>
        <source>The language changes the next time Osteon starts.</source>
        <translation>O idioma muda na próxima vez que o Osteon iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="345"/>
        <source>&amp;Window</source>
        <translation>&amp;Janela</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="347"/>
        <source>Auto window/level</source>
        <translation>Janela/nível automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="347"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="350"/>
        <source>Header preset %1</source>
        <translation>Predefinição do cabeçalho %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="354"/>
        <source>&amp;Labelling</source>
        <translation>&amp;Rotulagem</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="357"/>
        <source>Condition: %1</source>
        <translation>Condição: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="365"/>
        <source>Level %1</source>
        <translation>Nível %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="368"/>
        <source>Grade Normal/Mild</source>
        <translation>Grau Normal/Leve</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="368"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>Grade Moderate</source>
        <translation>Grau Moderado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="370"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>Grade Severe</source>
        <translation>Grau Grave</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="372"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="374"/>
        <source>Jump to the next missing label</source>
        <translation>Ir para o próximo rótulo pendente</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="374"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="376"/>
        <source>Delete the selected point</source>
        <translation>Excluir o ponto selecionado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="378"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="379"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="381"/>
        <source>Next study</source>
        <translation>Próximo estudo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="381"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="383"/>
        <source>Previous study</source>
        <translation>Estudo anterior</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="383"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="386"/>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="388"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="388"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="391"/>
        <source>Angle</source>
        <translation>Ângulo</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="391"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="394"/>
        <source>Cobb angle</source>
        <translation>Ângulo de Cobb</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="394"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="396"/>
        <source>Auto Cobb (find vertebrae, measure, ALS type)</source>
        <translation>Cobb automático (encontrar vértebras, medir, tipo ALS)</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="397"/>
        <source>Shift+B</source>
        <translation>Shift+B</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="401"/>
        <source>Auto Cobb</source>
        <translation>Cobb automático</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Stop measuring</source>
        <translation>Parar de medir</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="405"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="407"/>
        <source>Undo the last measurement edit</source>
        <translation>Desfazer a última edição de medida</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="408"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="410"/>
        <source>&amp;AI</source>
        <translation>&amp;IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="415"/>
        <source>Run model on the current image or study</source>
        <translation>Executar o modelo na imagem ou no estudo atual</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="416"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="420"/>
        <source>Load model...</source>
        <translation>Carregar modelo...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="424"/>
        <source>Export heatmap overlay...</source>
        <translation>Exportar sobreposição do mapa de calor...</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="426"/>
        <source>Show/hide the AI panel</source>
        <translation>Mostrar/ocultar o painel de IA</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="426"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="434"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="435"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="435"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="439"/>
        <source>&amp;About Osteon</source>
        <translation>&amp;Sobre o Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="441"/>
        <source>About Osteon</source>
        <translation>Sobre o Osteon</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="442"/>
        <source>Osteon %1: a radiology viewer for bone and spine imaging.
Not for clinical use.</source>
        <translation>Osteon %1: um visualizador radiológico para imagens de ossos e coluna.
Não destinado a uso clínico.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="469"/>
        <source>Still loading; cancel first to open something else.</source>
        <translation>Ainda carregando; cancele antes de abrir outra coisa.</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="475"/>
        <source>Loading %1</source>
        <translation>Carregando %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="484"/>
        <source>Loading cancelled</source>
        <translation>Carregamento cancelado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="493"/>
        <source>%n series loaded</source>
        <translation>
            <numerusform>%n série carregada</numerusform>
            <numerusform>%n séries carregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/shell/main_window.cpp" line="495"/>
        <source>, %n problem(s): see the Studies panel</source>
        <translation>
            <numerusform>, %n problema: veja o painel Estudos</numerusform>
            <numerusform>, %n problemas: veja o painel Estudos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="500"/>
        <source>Osteon - %1</source>
        <translation>Osteon - %1</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="20"/>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="30"/>
        <source>Measurement tool off</source>
        <translation>Ferramenta de medida desligada</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="33"/>
        <source>Distance: click two points</source>
        <translation>Distância: clique em dois pontos</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="36"/>
        <source>Angle: click an arm, the vertex, the other arm</source>
        <translation>Ângulo: clique em um lado, no vértice e no outro lado</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="40"/>
        <source>Cobb angle: click the two ends of the upper endplate, then of the lower endplate</source>
        <translation>Ângulo de Cobb: clique nas duas pontas do platô superior e depois do platô inferior</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="65"/>
        <source>Restored measurement work that was not saved (%1 measurement(s))</source>
        <translation>Trabalho de medição não salvo foi restaurado (%1 medida(s))</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="71"/>
        <source>Saved measurements could not be read: %1</source>
        <translation>As medidas salvas não puderam ser lidas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="89"/>
        <source>Measurements could not be saved: %1</source>
        <translation>As medidas não puderam ser salvas: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="109"/>
        <source>Auto Cobb needs Osteon built with LibTorch (the AI engine)</source>
        <translation>O Cobb automático precisa do Osteon compilado com LibTorch (o motor de IA)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="110"/>
        <source>Auto Cobb is already running</source>
        <translation>O Cobb automático já está em execução</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="111"/>
        <source>Auto Cobb: open a spine X-ray first</source>
        <translation>Cobb automático: abra primeiro uma radiografia da coluna</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="113"/>
        <source>Auto Cobb works on a single AP spine radiograph, not on a %1-slice series</source>
        <translation>O Cobb automático funciona em uma única radiografia AP da coluna, não em uma série de %1 cortes</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="119"/>
        <source>Auto Cobb: finding the vertebrae...</source>
        <translation>Cobb automático: procurando as vértebras...</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="148"/>
        <location filename="../ui/annotate/measure_tool.cpp" line="187"/>
        <source>Auto Cobb failed: %1</source>
        <translation>O Cobb automático falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="148"/>
        <source>no image</source>
        <translation>sem imagem</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="176"/>
        <source>Auto Cobb: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Drag a corner to correct it.</source>
        <translation>Cobb automático: %1° (%2-%3), %4°, %5°; ALS %6 (%7 ms). Arraste um canto para corrigi-lo.</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="181"/>
        <source>undecided</source>
        <translation>indeciso</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="290"/>
        <source>Measured %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="324"/>
        <source>Moved %1 %2: principal Cobb angle %3</source>
        <translation>%1 %2 movido: ângulo de Cobb principal %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>top-left</source>
        <translation>superior esquerdo</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>top-right</source>
        <translation>superior direito</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="326"/>
        <source>bottom-left</source>
        <translation>inferior esquerdo</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="327"/>
        <source>bottom-right</source>
        <translation>inferior direito</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="389"/>
        <source>Cobb %1° (%2-%3)</source>
        <translation>Cobb %1° (%2-%3)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="393"/>
        <source>%1°  %2°  %3</source>
        <translation>%1°  %2°  %3</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="396"/>
        <source>S-shaped</source>
        <translation>em S</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="396"/>
        <source>C-shaped</source>
        <translation>em C</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="397"/>
        <source>ALS %1</source>
        <translation>ALS %1</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="399"/>
        <source>undecided (%1)</source>
        <translation>indeciso (%1)</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="404"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../ui/annotate/measure_tool.cpp" line="441"/>
        <source>Cobb %1</source>
        <translation>Cobb %1</translation>
    </message>
</context>
<context>
    <name>ProbabilityChart</name>
    <message>
        <location filename="../ui/ai/probability_chart.cpp" line="113"/>
        <source>No result yet</source>
        <translation>Ainda sem resultado</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="20"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="22"/>
        <source> [stack %1]</source>
        <translation> [pilha %1]</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="75"/>
        <source>Reading headers</source>
        <translation>Lendo cabeçalhos</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="93"/>
        <source>Loading %1</source>
        <translation>Carregando %1</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="125"/>
        <source>%1: no images found</source>
        <translation>%1: nenhuma imagem encontrada</translation>
    </message>
    <message>
        <location filename="../ui/browser/study_loader.cpp" line="130"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>Osteon radiology viewer</source>
        <translation>Visualizador radiológico Osteon</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="27"/>
        <source>DICOM files or folders, DICOMDIR, or images to open</source>
        <translation>Arquivos ou pastas DICOM, DICOMDIR ou imagens para abrir</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>View layout: 1x1, 1x3 or 2x2</source>
        <translation>Layout das vistas: 1x1, 1x3 ou 2x2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>User interface language: en, pt_BR or es</source>
        <translation>Idioma da interface: en, pt_BR ou es</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Save a screenshot of the window once the study is shown, then quit</source>
        <translation>Salvar uma captura da janela quando o estudo aparecer e sair</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Print the time from start to the first image shown, then quit</source>
        <translation>Mostrar o tempo do início até a primeira imagem e sair</translation>
    </message>
</context>
<context>
    <name>osteon::ui::AiPanel</name>
    <message>
        <location filename="../ui/ai/ai_panel.cpp" line="35"/>
        <source>demo: trained on synthetic phantoms, not for clinical use</source>
        <translation>demo: treinado em fantomas sintéticos, não é para uso clínico</translation>
    </message>
</context>
</TS>
